package dev.cashback.plugin.interfaces.web.shared;

import dev.cashback.plugin.interfaces.export.ExportColumn;
import dev.cashback.plugin.interfaces.export.ExportFormat;
import dev.cashback.plugin.interfaces.export.RowPages;
import dev.cashback.plugin.interfaces.export.TableExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list as a file for {@code p:fileDownload}, written straight into the response while it is sent
 * (page after page from the database), so a long export is never built in memory first.
 */
public final class Downloads {

  private Downloads() {}

  /** Writes a file's content into the response. */
  public interface Content extends Serializable {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A list as a CSV or XLSX file ({@code format}, as the page's button names it): the columns'
   * header, then every row the pages return.
   */
  public static <T> StreamedContent table(
      String baseName, String format, List<ExportColumn<T>> columns, RowPages<T> pages) {
    ExportFormat chosen = ExportFormat.valueOf(format);
    TableExport<T> export = new TableExport<>(columns);
    return of(
        chosen.fileName(baseName), chosen.contentType(), out -> export.write(chosen, pages, out));
  }

  public static StreamedContent of(String fileName, String contentType, Content content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .writer(
            out -> {
              try {
                content.writeTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
