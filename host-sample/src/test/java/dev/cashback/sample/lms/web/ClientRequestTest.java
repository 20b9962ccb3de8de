package dev.cashback.sample.lms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the platform believes of a request: a client can forge headers, not the connection. */
class ClientRequestTest {

  @Test
  void siteUrl_isTheAddressTheRequestArrivedAt_neverTheHostHeader() {
    assertThat(ClientRequest.siteUrl(request("203.0.113.7", "10.0.0.5", null)))
        .isEqualTo("https://10.0.0.5:8443/lms");
    assertThat(ClientRequest.siteUrl(request("203.0.113.7", "0:0:0:0:0:0:0:1", null)))
        .isEqualTo("https://[0:0:0:0:0:0:0:1]:8443/lms");
  }

  @Test
  void forwardedFor_countsOnlyBehindATrustedProxy() {
    HttpServletRequest viaProxy = request("10.0.0.9", "10.0.0.5", "198.51.100.4");
    assertThat(ClientRequest.clientIp(viaProxy, ProxySettings.NONE)).isEqualTo("10.0.0.9");
    assertThat(ClientRequest.clientIp(viaProxy, proxy())).isEqualTo("198.51.100.4");
    assertThat(ClientRequest.clientIp(request("198.51.100.8", "10.0.0.5", null), proxy()))
        .isEqualTo("198.51.100.8");
  }

  @Test
  void forwardedFor_takesTheRightMostHop_theOneTheProxyAdded_notWhatTheClientWrote() {
    // The client sent "X-Forwarded-For: 203.0.113.66"; the proxy appended the address it saw.
    HttpServletRequest forged = request("10.0.0.9", "10.0.0.5", "203.0.113.66, 198.51.100.4");
    assertThat(ClientRequest.clientIp(forged, proxy())).isEqualTo("198.51.100.4");
  }

  @Test
  void forwardedFor_skipsTheTrustedProxiesFromTheRight_andIgnoresAnUntrustedPeer() {
    ProxySettings chain = new ProxySettings(true, Set.of("10.0.0.9", "10.0.0.7"));
    HttpServletRequest viaTwo =
        request("10.0.0.9", "10.0.0.5", "203.0.113.66,198.51.100.4, 10.0.0.7");
    assertThat(ClientRequest.clientIp(viaTwo, chain)).isEqualTo("198.51.100.4");
    // Straight from a client, not through the listed proxies: the header is the client's own.
    HttpServletRequest direct = request("198.51.100.8", "10.0.0.5", "10.0.0.7, 203.0.113.66");
    assertThat(ClientRequest.clientIp(direct, chain)).isEqualTo("198.51.100.8");
    // Only proxies in the header: the left-most of them is as near to the client as it gets.
    assertThat(ClientRequest.clientIp(request("10.0.0.9", "10.0.0.5", "10.0.0.7"), chain))
        .isEqualTo("10.0.0.7");
  }

  private static ProxySettings proxy() {
    return new ProxySettings(true, Set.of());
  }

  /** A request from {@code remote} to {@code local}, with a forged Host header. */
  private static HttpServletRequest request(String remote, String local, String forwardedFor) {
    Map<String, Object> answers =
        Map.of(
            "getRemoteAddr",
            remote,
            "getLocalAddr",
            local,
            "getLocalPort",
            8443,
            "getScheme",
            "https",
            "getContextPath",
            "/lms",
            "getServerName",
            "evil.example");
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientRequestTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeader")) {
                return switch (((String) args[0]).toLowerCase()) {
                  case "x-forwarded-for" -> forwardedFor;
                  case "host" -> "evil.example";
                  default -> null;
                };
              }
              return answers.get(method.getName());
            });
  }
}
