package dev.cashback.plugin.interfaces.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file formats a list can be exported as. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  /** A file name with this format's extension. */
  public String fileName(String base) {
    return base + "." + extension;
  }

  Sheet open(OutputStream out) throws IOException {
    return this == CSV ? new CsvSheet(out) : new XlsxSheet(out);
  }
}
