/** The dashboard's Ledger check card (admins): the last run, and a full run on demand. */
package dev.cashback.plugin.interfaces.web.ledger;
