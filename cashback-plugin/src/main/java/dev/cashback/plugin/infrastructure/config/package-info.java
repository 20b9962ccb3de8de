/** The plugin's clock (the application's {@code TimeSource}) and the host's datasource. */
package dev.cashback.plugin.infrastructure.config;
