/** JPA implementations of the domain's repositories, on the plugin's own persistence unit. */
package dev.cashback.plugin.infrastructure.persistence;
