package dev.cashback.plugin.interfaces.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written through POI's streaming workbook: only a window of rows stays in memory,
 * the rest goes to a compressed temporary file until the workbook is written out. A list longer
 * than a worksheet holds goes on in a further worksheet, under the same header.
 */
final class XlsxSheet implements Sheet {

  /** Rows kept in memory before they are flushed to the temporary file. */
  private static final int WINDOW = 200;

  private static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private org.apache.poi.ss.usermodel.Sheet sheet;
  private List<?> header;
  private int next;

  XlsxSheet(OutputStream out) {
    this.out = out;
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet();
  }

  @Override
  public void row(List<?> cells) {
    if (header == null) {
      header = cells;
    } else if (next == ROWS_PER_SHEET) {
      sheet = workbook.createSheet();
      next = 0;
      write(header);
    }
    write(cells);
  }

  private void write(List<?> cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i).setCellValue(ExportCell.text(value.toString()));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }
}
