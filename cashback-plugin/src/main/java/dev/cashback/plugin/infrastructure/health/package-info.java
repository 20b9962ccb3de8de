/**
 * MicroProfile Health checks: readiness (the database answers and the plugin's migrations are
 * applied) and liveness (accepted purchases are being granted).
 */
package dev.cashback.plugin.infrastructure.health;
