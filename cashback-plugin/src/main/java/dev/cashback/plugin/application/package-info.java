/**
 * Use cases: granting cashback on a purchase, the queries behind each page, and the services a host
 * calls. Transactions and the checks of who may see or do what belong here, on the server, whatever
 * the caller (page, REST, host).
 */
package dev.cashback.plugin.application;
