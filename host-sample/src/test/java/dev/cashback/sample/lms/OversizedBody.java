package dev.cashback.sample.lms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Posts an unsigned body of {@code size} bytes over a plain socket (declared in Content-Length, or
 * sent in chunks), one megabyte at a time, and stops sending as soon as the server answers or
 * closes; returns the status line. A server that reads the whole body first answers only at the end
 * (or runs out of memory); one that bounds what it reads answers after the first kilobytes.
 */
final class OversizedBody {

  private static final int PIECE = 1 << 20;

  private OversizedBody() {}

  static String send(URI uri, long size, boolean chunked) throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      String head =
          "POST "
              + uri.getPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: application/json\r\n"
              + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n")
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] piece = new byte[PIECE];
      java.util.Arrays.fill(piece, (byte) ' ');
      try {
        for (long sent = 0; sent < size && in.available() == 0; sent += PIECE) {
          if (chunked) {
            out.write((Integer.toHexString(PIECE) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(piece);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
        }
        out.flush();
      } catch (IOException closedByServer) {
        // The server answered and closed while the body was still coming: read its answer.
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
    }
  }
}
