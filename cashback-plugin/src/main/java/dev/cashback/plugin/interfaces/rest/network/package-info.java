/**
 * Affiliate networks over HTTP: their administration and click history (admins), and each network's
 * postback, authenticated by the network's secret.
 */
package dev.cashback.plugin.interfaces.rest.network;
