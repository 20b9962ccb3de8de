package dev.cashback.sample.lms.security;

import dev.cashback.sample.lms.web.ClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login for people, HTTP Basic for API clients under {@code /api/}. The login page posts to
 * {@value #LOGIN_ACTION}; on success the caller is remembered in the session ({@link
 * SignedInCaller}) and sent on to the page they asked for. A fresh request to that page, rather
 * than a replay of the saved one, keeps the caller visible to every bean from the first page on.
 *
 * <p>The session is applied here, on every request, rather than by {@code @AutoApplySession}:
 * Payara 6 reuses the session's subject through a security context shared between threads, and
 * under concurrent requests a signed-in caller intermittently lost their roles (a learner was
 * offered no Buy button, about one checkout in twenty with four clients).
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_ACTION = SignInServlet.PATH;
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String API_PATHS = "/api/";
  private static final String BASIC = "Basic ";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInThrottle throttle;

  @Inject
  @ConfigProperty(name = "lms.public-url")
  Optional<String> publicUrl;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      // SecurityContext.authenticate with a credential: a new account signing in at once.
      CredentialValidationResult result =
          identityStores.validate(context.getAuthParameters().getCredential());
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? signedIn(request, context, result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    Optional<SignedInCaller> remembered = SignedInCaller.of(request);
    if (remembered.isPresent()) {
      return context.notifyContainerAboutLogin(remembered.get().name(), remembered.get().groups());
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    if (path.startsWith(API_PATHS)
        && authorization != null
        && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return basic(authorization.substring(BASIC.length()).strip(), request, response, context);
    }
    if (LOGIN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
      return login(request, response, context);
    }
    if (context.isProtected()) {
      return redirect(
          context,
          response,
          request.getContextPath() + LOGIN_PAGE + "?next=" + encode(requestedPage(request, path)));
    }
    return context.doNothing();
  }

  /**
   * HTTP Basic for API clients (scripts, other services): the same accounts, checked on every
   * request. A wrong password is answered 401 at once, without a redirect to the login page;
   * repeated failures lock as on the login form (429 with Retry-After).
   */
  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    String username = colon < 0 ? "" : decoded.substring(0, colon);
    String address = ClientRequest.clientIp(request);
    Optional<Duration> locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      response.setHeader("Retry-After", Long.toString(locked.get().toSeconds() + 1));
      return problem(response, 429, "Too Many Requests", lockedMessage(locked.get()));
    }
    CredentialValidationResult result =
        colon < 0
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(
                new UsernamePasswordCredential(
                    username, new Password(decoded.substring(colon + 1))));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(username);
      return context.notifyContainerAboutLogin(result);
    }
    throttle.failed(username, address);
    response.setHeader("WWW-Authenticate", "Basic realm=\"lms\"");
    return problem(response, 401, "Unauthorized", "The user name or password is wrong.");
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + "\"}");
      // Sent now: a runtime that answers a failed authentication with its error page (Open
      // Liberty does) finds the answer already given, instead of rendering a page over it.
      response.flushBuffer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String lockedMessage(Duration locked) {
    return "Too many failed sign-ins. Try again in " + minutes(locked) + " minutes.";
  }

  /** Whole minutes, rounded up: "try again in 0 minutes" would be wrong. */
  private static long minutes(Duration duration) {
    return Math.max(1, (duration.toSeconds() + 59) / 60);
  }

  /**
   * The login form: refused unless it is this site's own form (its token, no other site's Origin)
   * and the name and address are not locked by earlier failures; only then is the password checked.
   */
  private AuthenticationStatus login(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    String next = encode(safeNext(request.getParameter("next")));
    String loginPage = request.getContextPath() + LOGIN_PAGE;
    if (!SignInForgery.genuine(request, publicUrl)) {
      redirect(context, response, loginPage + "?expired=true&next=" + next);
      return AuthenticationStatus.SEND_FAILURE;
    }
    String address = ClientRequest.clientIp(request);
    Optional<Duration> locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      redirect(context, response, loginPage + "?locked=" + minutes(locked.get()) + "&next=" + next);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        username == null || password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(
                new UsernamePasswordCredential(username, new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      redirect(context, response, loginPage + "?failed=true&next=" + next);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    return signedIn(request, context, result);
  }

  /** Remembers the caller in a session of a new id (none fixed before the sign-in carries over). */
  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    request.getSession(true);
    request.changeSessionId();
    SignedInCaller caller = SignedInCaller.of(result);
    caller.remember(request);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  private static AuthenticationStatus redirect(
      HttpMessageContext context, HttpServletResponse response, String location) {
    try {
      response.sendRedirect(location);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static String requestedPage(HttpServletRequest request, String path) {
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  /** Only a path on this site: an absolute or protocol-relative URL would be an open redirect. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
