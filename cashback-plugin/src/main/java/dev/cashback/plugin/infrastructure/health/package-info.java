/**
 * MicroProfile Health checks: readiness (the database answers and the plugin's migrations are
 * applied; the last ledger check's result as data, DOWN for violations only where configured) and
 * liveness (accepted purchases are being granted).
 */
package dev.cashback.plugin.infrastructure.health;
