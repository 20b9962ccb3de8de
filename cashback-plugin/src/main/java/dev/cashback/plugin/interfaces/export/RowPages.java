package dev.cashback.plugin.interfaces.export;

import java.util.List;

/**
 * Reads an export's rows a page at a time, in the list's order: by position ({@code first}) or,
 * where the list has a cursor, after the last row of the previous page ({@code last}, null for the
 * first page).
 */
@FunctionalInterface
public interface RowPages<T> {

  List<T> page(int first, T last, int max);
}
