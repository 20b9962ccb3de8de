package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.security.SignInForgery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The login page: its form's anti-forgery token, and how long a locked sign-in must wait. */
@Named
@RequestScoped
public class SignInPage {

  private static final int LONGEST_LOCK_MINUTES = 24 * 60;

  public String getToken() {
    return SignInForgery.token((HttpServletRequest) external().getRequest());
  }

  /** The minutes named by {@code ?locked=}, or 0 when absent or not a plausible number. */
  public int getLockedMinutes() {
    String locked = external().getRequestParameterMap().get("locked");
    try {
      int minutes = locked == null ? 0 : Integer.parseInt(locked);
      return minutes > 0 && minutes <= LONGEST_LOCK_MINUTES ? minutes : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
