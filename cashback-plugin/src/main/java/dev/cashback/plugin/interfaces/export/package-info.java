/**
 * Lists written out as CSV and XLSX files, for the pages and the REST endpoints alike: one rule for
 * what goes into a cell ({@link dev.cashback.plugin.interfaces.export.ExportCell}), and a writer
 * that pages through the database and writes as it goes, so an export holds every row its filter
 * matches without holding them all in memory.
 */
package dev.cashback.plugin.interfaces.export;
