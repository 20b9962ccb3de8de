package dev.cashback.plugin.interfaces.rest.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A request body read up to a limit and never held beyond it. A body that declares more than {@link
 * #DRAINED} bytes is refused before a byte is read; a smaller one over the limit is read to its end
 * and thrown away (so the client, still sending, can read the refusal on a clean connection), and
 * one sent in chunks is refused once it passes {@link #DRAINED}. No body, however large, is held in
 * memory.
 */
public final class BoundedBody {

  /** Bytes read past the limit and thrown away so that the client reads the refusal. */
  static final int DRAINED = 1 << 20;

  private BoundedBody() {}

  /**
   * Whether the declared length is too large to read at all (over the limit and over {@link
   * #DRAINED}); an absent or unreadable one is not.
   */
  public static boolean declaredOver(String contentLength, int max) {
    if (contentLength == null || contentLength.isBlank()) {
      return false;
    }
    try {
      return Long.parseLong(contentLength.strip()) > Math.max(max, DRAINED);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The body, or empty when it is longer than {@code max} bytes (it is then read no further). */
  public static Optional<byte[]> read(InputStream body, int max) throws IOException {
    if (body == null) {
      return Optional.of(new byte[0]);
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(max, 8192));
    byte[] buffer = new byte[8192];
    for (int n; (n = body.read(buffer, 0, Math.min(buffer.length, max + 1 - kept.size()))) > 0; ) {
      kept.write(buffer, 0, n);
      if (kept.size() > max) {
        drain(body);
        return Optional.empty();
      }
    }
    return Optional.of(kept.toByteArray());
  }

  /** Reads and drops what follows, up to {@link #DRAINED} bytes. */
  private static void drain(InputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    for (long dropped = 0, n; dropped < DRAINED && (n = body.read(buffer)) > 0; dropped += n) {
      // thrown away
    }
  }
}
