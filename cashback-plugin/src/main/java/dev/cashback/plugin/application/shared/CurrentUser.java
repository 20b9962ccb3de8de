package dev.cashback.plugin.application.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The caller as the host's security reports them; the plugin keys learners by this name. The
 * plugin's three roles are mapped from the host's own role names by configuration ({@code
 * cashback.roles.admin}, {@code .instructor}, {@code .learner}: comma-separated host roles), so a
 * host whose administrators are called "manager" needs no code to install the plugin.
 */
@RequestScoped
public class CurrentUser {

  public static final String ADMIN = "admin";
  public static final String INSTRUCTOR = "instructor";
  public static final String LEARNER = "learner";

  @Inject SecurityContext security;
  @Inject Config config;

  public Optional<String> id() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
  }

  /** Whether the caller holds any of the host roles mapped to the plugin's {@code role}. */
  public boolean is(String role) {
    return Arrays.stream(hostRoles(role)).anyMatch(security::isCallerInRole);
  }

  /** The caller's id if they hold {@code role}; otherwise access is refused. */
  public String require(String role) {
    String id = id().orElseThrow(NotSignedInException::new);
    if (!is(role)) {
      throw new AccessRefusedException("This is for the " + role + " role only.");
    }
    return id;
  }

  private String[] hostRoles(String role) {
    String key = ConfigKeys.ROLES_PREFIX + role;
    return config
        .getOptionalValue(key, String.class)
        .orElse(ConfigKeys.DEFAULTS.getOrDefault(key, role))
        .split("\\s*,\\s*");
  }
}
