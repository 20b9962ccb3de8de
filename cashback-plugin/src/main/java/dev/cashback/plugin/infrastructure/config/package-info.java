/**
 * The plugin's clock (the application's {@code TimeSource}) and the host's datasource, which is the
 * runtime's default one unless {@code cashback.datasource} names another.
 */
package dev.cashback.plugin.infrastructure.config;
