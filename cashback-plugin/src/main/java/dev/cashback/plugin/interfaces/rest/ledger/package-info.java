/** The ledger check over HTTP (admins): the last run, and a full run on demand. */
package dev.cashback.plugin.interfaces.rest.ledger;
