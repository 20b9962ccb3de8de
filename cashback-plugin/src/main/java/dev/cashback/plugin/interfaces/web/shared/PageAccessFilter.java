package dev.cashback.plugin.interfaces.web.shared;

import dev.cashback.plugin.application.shared.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The plugin role each page folder needs, checked on the server before the page or any of its
 * postbacks runs: {@code /cashback/admin/} for admins, {@code learner/} for learners, {@code
 * instructor/} for instructors. Roles come from the host's by {@code cashback.roles.*}. Anyone else
 * gets the host's 403 page.
 */
@WebFilter(urlPatterns = {"/cashback/admin/*", "/cashback/learner/*", "/cashback/instructor/*"})
public class PageAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    String role =
        path.startsWith("/cashback/admin/")
            ? CurrentUser.ADMIN
            : path.startsWith("/cashback/learner/") ? CurrentUser.LEARNER : CurrentUser.INSTRUCTOR;
    if (caller.id().isEmpty() || !caller.is(role)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
