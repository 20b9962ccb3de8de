package dev.cashback.plugin.interfaces.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a list as a file: the header, then every row its pages return, page after page, each
 * written before the next is read. Only one page is held at a time, however long the list.
 */
public final class TableExport<T> {

  /** Rows read from the database at a time. */
  static final int PAGE_SIZE = 500;

  private final List<ExportColumn<T>> columns;

  public TableExport(List<ExportColumn<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Writes every row; returns how many. */
  public long write(ExportFormat format, RowPages<T> pages, OutputStream out) throws IOException {
    long written = 0;
    try (Sheet sheet = format.open(out)) {
      sheet.row(columns.stream().map(ExportColumn::header).toList());
      T last = null;
      List<T> page;
      do {
        page = pages.page(Math.toIntExact(written), last, PAGE_SIZE);
        for (T row : page) {
          sheet.row(columns.stream().map(column -> column.cell().apply(row)).toList());
        }
        written += page.size();
        last = page.isEmpty() ? last : page.get(page.size() - 1);
      } while (page.size() == PAGE_SIZE);
    }
    return written;
  }
}
