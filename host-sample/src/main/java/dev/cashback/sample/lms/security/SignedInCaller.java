package dev.cashback.sample.lms.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on this session, with the groups the identity store gave them: applied again on
 * each of the session's requests by {@link FormLoginMechanism}. Signing out invalidates the session
 * and with it this.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  private static final String ATTRIBUTE = SignedInCaller.class.getName();

  SignedInCaller {
    groups = Set.copyOf(groups);
  }

  static SignedInCaller of(CredentialValidationResult result) {
    return new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
  }

  static Optional<SignedInCaller> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  void remember(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }
}
