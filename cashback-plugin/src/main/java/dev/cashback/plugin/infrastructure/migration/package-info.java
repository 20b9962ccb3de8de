/**
 * Flyway migrations of the plugin's own tables, applied at start-up with their own history table.
 */
package dev.cashback.plugin.infrastructure.migration;
