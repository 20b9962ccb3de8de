/** Configuration keys with their defaults, the plugin's clock, and the host's datasource. */
package dev.cashback.plugin.infrastructure.config;
