package dev.cashback.sample.lms.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the login form posts. {@link FormLoginMechanism} has authenticated the caller by the time
 * this runs; it only sends them on to the page they asked for (a local path, never another site).
 */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

  static final String PATH = "/signin";
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.isCommitted()) {
      // The mechanism refused the sign-in and answered already; a runtime may still call the
      // servlet after that (Open Liberty does).
      return;
    }
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + FormLoginMechanism.LOGIN_PAGE);
      return;
    }
    // A new session id after sign-in, so a session id planted before it is worthless.
    request.changeSessionId();
    response.sendRedirect(
        request.getContextPath() + FormLoginMechanism.safeNext(request.getParameter("next")));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + FormLoginMechanism.LOGIN_PAGE);
  }
}
