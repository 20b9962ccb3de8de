package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery defence for every state-changing call but the signed intake: a request
 * from a foreign {@code Origin} is refused outright, and one that relies on the session cookie must
 * also carry the session's token in {@value #HEADER}. Calls that send their own {@code
 * Authorization} header are not riding on a cookie, so the origin check is enough for them.
 */
@Provider
public class CsrfProtection implements ContainerRequestFilter {

  public static final String HEADER = "X-CSRF-Token";
  private static final String SESSION_ATTRIBUTE = CsrfProtection.class.getName();
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Context HttpServletRequest request;

  @Inject
  @ConfigProperty(name = ConfigKeys.API_TRUSTED_ORIGINS, defaultValue = " ")
  String trustedOrigins;

  /** The host intake is signed with the host's secret and never rides on a session. */
  private static boolean isSignedIntake(ContainerRequestContext context) {
    String path = context.getUriInfo().getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.startsWith("purchases") || relative.equals("progress");
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE_METHODS.contains(context.getMethod()) || isSignedIntake(context)) {
      return;
    }
    String origin = context.getHeaderString("Origin");
    if (origin != null && !isOwnOrTrusted(origin, context.getUriInfo().getBaseUri())) {
      context.abortWith(refused("Cross-site requests may not change anything."));
      return;
    }
    if (context.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || request.getUserPrincipal() == null) {
      return;
    }
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
    String given = context.getHeaderString(HEADER);
    if (expected == null
        || given == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            given.getBytes(StandardCharsets.US_ASCII))) {
      context.abortWith(
          refused("Send the token from GET /api/cashback/v1/csrf in the " + HEADER + " header."));
    }
  }

  /** The session's token, made on first use. */
  static String tokenOf(HttpSession session) {
    synchronized (session) {
      String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
      if (token == null) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(SESSION_ATTRIBUTE, token);
      }
      return token;
    }
  }

  private boolean isOwnOrTrusted(String origin, URI base) {
    String own = base.getScheme() + "://" + base.getRawAuthority();
    return origin.equalsIgnoreCase(own)
        || Arrays.stream(trustedOrigins.split(","))
            .map(String::strip)
            .anyMatch(trusted -> !trusted.isEmpty() && trusted.equalsIgnoreCase(origin));
  }

  private static Response refused(String detail) {
    return Problem.of(Response.Status.FORBIDDEN, Problem.FORBIDDEN, "Request refused", detail);
  }
}
