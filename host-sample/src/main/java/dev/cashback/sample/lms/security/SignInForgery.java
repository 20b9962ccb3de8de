package dev.cashback.sample.lms.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Stops login CSRF (another site signing a visitor in as the attacker, whose account then collects
 * what the visitor does): the login form carries a random token kept in the visitor's session, and
 * a sign-in whose {@code Origin} (else {@code Referer}) names another site is refused even with it.
 */
public final class SignInForgery {

  /** The login form's field holding the token. */
  public static final String PARAMETER = "csrf";

  private static final String SESSION_KEY = SignInForgery.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignInForgery() {}

  /** The token of this visitor's session, made on first use (the login page shows it). */
  public static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    String token = (String) session.getAttribute(SESSION_KEY);
    if (token == null) {
      // Two first loads at once may each make one; the later wins and the other form asks again.
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_KEY, token);
    }
    return token;
  }

  /**
   * Whether a posted sign-in came from this site's own login form: the session's token, and no
   * {@code Origin} or {@code Referer} naming another site ({@code publicUrl} is this site's address
   * when a proxy in front of it changes the Host header).
   */
  static boolean genuine(HttpServletRequest request, Optional<String> publicUrl) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(SESSION_KEY);
    String posted = request.getParameter(PARAMETER);
    return expected != null
        && posted != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8))
        && fromThisSite(request, publicUrl);
  }

  /**
   * Browsers send {@code Origin} with a cross-site POST; without it, the {@code Referer}; with
   * neither, the token alone decides.
   */
  static boolean fromThisSite(HttpServletRequest request, Optional<String> publicUrl) {
    String origin = request.getHeader("Origin");
    String source = origin != null ? origin : request.getHeader("Referer");
    if (source == null) {
      return true;
    }
    String claimed = authority(source);
    return claimed != null
        && (claimed.equalsIgnoreCase(request.getHeader("Host"))
            || claimed.equalsIgnoreCase(publicUrl.map(SignInForgery::authority).orElse(null)));
  }

  /** {@code host[:port]} of an address; null for "null" origins and anything unparsable. */
  private static String authority(String address) {
    try {
      URI uri = new URI(address.strip());
      if (uri.getHost() == null) {
        return null;
      }
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
