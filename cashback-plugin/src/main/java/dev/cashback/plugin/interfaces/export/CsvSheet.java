package dev.cashback.plugin.interfaces.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 has it (comma, CRLF, text quoted with its quotes doubled), in UTF-8 with a byte
 * order mark so that spreadsheets read accented names right. Numbers are written bare, so they are
 * read as numbers; every text is quoted.
 */
final class CsvSheet implements Sheet {

  private final Writer out;

  CsvSheet(OutputStream stream) throws IOException {
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return "\"" + ExportCell.text(value.toString()).replace("\"", "\"\"") + "\"";
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
