package dev.cashback.plugin.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller as the host's security reports them; the plugin keys learners by this name. */
@RequestScoped
public class CurrentUser {

  public static final String ADMIN = "admin";
  public static final String INSTRUCTOR = "instructor";
  public static final String LEARNER = "learner";

  @Inject SecurityContext security;

  public Optional<String> id() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
  }

  public boolean is(String role) {
    return security.isCallerInRole(role);
  }

  /** The caller's id if they hold {@code role}; otherwise access is refused. */
  public String require(String role) {
    if (!is(role)) {
      throw new AccessRefusedException("This page is for the " + role + " role only.");
    }
    return id().orElseThrow(() -> new AccessRefusedException("Please sign in."));
  }
}
