package dev.cashback.plugin.interfaces.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A file being written one row at a time. A cell is a {@link Number} (written as a number), null
 * (left empty) or anything else (written as text under {@link ExportCell}'s rule).
 */
public interface Sheet extends Closeable {

  void row(List<?> cells) throws IOException;

  /** Finishes the file; the stream it writes to stays open (it belongs to the caller). */
  @Override
  void close() throws IOException;
}
