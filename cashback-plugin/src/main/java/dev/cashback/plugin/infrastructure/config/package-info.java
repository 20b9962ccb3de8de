/** Configuration keys, their defaults, and the plugin's clock. */
package dev.cashback.plugin.infrastructure.config;
