package dev.cashback.sample.lms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * What the platform may believe about a request: the client's address (the right-most hop of {@code
 * X-Forwarded-For} a trusted proxy added, only when {@code lms.proxy.forwarded-for} says there is
 * one) and this site's own address for links in messages ({@code lms.public-url}, else the address
 * the request arrived at, never the Host header a client can forge).
 */
public final class ClientRequest {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private ClientRequest() {}

  public static String clientIp(HttpServletRequest request) {
    return clientIp(request, ProxySettings.fromConfig());
  }

  /**
   * The client's address. Behind a proxy, {@code X-Forwarded-For} lists what the client wrote first
   * and what each proxy appended after it, so only its right end can be believed: the right-most
   * hop that is not one of the trusted proxies. A request that did not come through a listed proxy
   * is answered by its own connection's address, whatever its headers say.
   */
  static String clientIp(HttpServletRequest request, ProxySettings proxy) {
    String peer = request.getRemoteAddr();
    if (!proxy.forwardedFor() || !proxy.trusts(peer)) {
      return peer;
    }
    List<String> hops = forwardedHops(request);
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!proxy.trustedAddresses().contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }

  /** Every hop of every {@code X-Forwarded-For} header, in order, blanks left out. */
  private static List<String> forwardedHops(HttpServletRequest request) {
    Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
    // A container may withhold the header list (the Servlet API allows null); then the one header.
    List<String> lines =
        headers != null
            ? Collections.list(headers)
            : Optional.ofNullable(request.getHeader(FORWARDED_FOR)).stream().toList();
    List<String> hops = new ArrayList<>();
    for (String line : lines) {
      for (String hop : line.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    return hops;
  }

  /** This site's address as the server received the request (scheme, local address, port). */
  static String siteUrl(HttpServletRequest request) {
    String host = request.getLocalAddr();
    try {
      if (InetAddress.getByName(host) instanceof java.net.Inet6Address) {
        host = "[" + host + "]";
      }
    } catch (UnknownHostException e) {
      // a literal address always parses; keep it as it is
    }
    return request.getScheme()
        + "://"
        + host
        + ":"
        + request.getLocalPort()
        + request.getContextPath();
  }
}
