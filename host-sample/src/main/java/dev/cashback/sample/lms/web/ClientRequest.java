package dev.cashback.sample.lms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the platform may believe about a request: the client's address (the first hop of {@code
 * X-Forwarded-For} only when {@code lms.proxy.forwarded-for} says a trusted proxy sets it) and this
 * site's own address for links in messages ({@code lms.public-url}, else the address the request
 * arrived at, never the Host header a client can forge).
 */
final class ClientRequest {

  private ClientRequest() {}

  static String clientIp(HttpServletRequest request) {
    return clientIp(
        request,
        ConfigProvider.getConfig()
            .getOptionalValue("lms.proxy.forwarded-for", Boolean.class)
            .orElse(false));
  }

  static String clientIp(HttpServletRequest request, boolean behindProxy) {
    String forwarded = request.getHeader("X-Forwarded-For");
    if (behindProxy && forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].strip();
    }
    return request.getRemoteAddr();
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
