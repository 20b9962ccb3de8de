/**
 * JPA implementations of the domain's repositories, on the plugin's own persistence unit, with what
 * they share: account opening in a transaction of its own, paged filtered queries and LIKE
 * patterns; the lots that follow every journal touching an available balance; the dashboard's
 * figures in SQL; the ledger audit, which recomputes the ledger's invariants (lots included) from
 * its entries; what a JTA transaction reads once and keeps for the rest of it (and what it changed
 * itself, so the node's rule cache never takes rules a transaction read after its own change); and
 * the check that the persistence unit and the direct JDBC reach the same database.
 */
package dev.cashback.plugin.infrastructure.persistence;
