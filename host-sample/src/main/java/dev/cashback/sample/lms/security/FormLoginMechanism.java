package dev.cashback.sample.lms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
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
import java.util.Base64;

/**
 * Form login for people, HTTP Basic for API clients under {@code /api/}. The login page posts to
 * {@value #LOGIN_ACTION}; on success the caller is remembered in the session ({@link
 * AutoApplySession}) and sent on to the page they asked for. A fresh request to that page, rather
 * than a replay of the saved one, keeps the caller visible to every bean from the first page on.
 */
@AutoApplySession
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_ACTION = SignInServlet.PATH;
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String API_PATHS = "/api/";
  private static final String BASIC = "Basic ";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      // SecurityContext.authenticate with a credential: a new account signing in at once.
      CredentialValidationResult result =
          identityStores.validate(context.getAuthParameters().getCredential());
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    if (path.startsWith(API_PATHS)
        && authorization != null
        && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return basic(authorization.substring(BASIC.length()).strip(), response, context);
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
   * request. A wrong password is answered 401 at once, without a redirect to the login page.
   */
  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    CredentialValidationResult result =
        colon < 0
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(
                new UsernamePasswordCredential(
                    decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"lms\"");
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The user name or password is wrong.\"}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    String next = safeNext(request.getParameter("next"));
    CredentialValidationResult result =
        username == null || password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(
                new UsernamePasswordCredential(username, new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      redirect(
          context,
          response,
          request.getContextPath() + LOGIN_PAGE + "?failed=true&next=" + encode(next));
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.notifyContainerAboutLogin(result);
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
