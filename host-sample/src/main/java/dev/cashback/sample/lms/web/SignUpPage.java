package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.signup.SignUp;
import dev.cashback.sample.lms.signup.SignupProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;

/**
 * The sign-up form: e-mail, password, optional referral code (prefilled from a shared link's {@code
 * ?ref=}) and the terms. A new account is signed in at once and welcomed on the home page; refused
 * input is shown beside its field and nothing is kept.
 */
@Named
@RequestScoped
public class SignUpPage {

  /** A long-lived random id of the browser, so a referrer's own browser cannot refer itself. */
  static final String DEVICE_COOKIE = "lms_device";

  private static final int DEVICE_COOKIE_SECONDS = 5 * 365 * 24 * 3600;

  @Inject SignUp signUp;
  @Inject SecurityContext security;

  private String email;
  private String password;
  private String referralCode;
  private boolean termsAccepted;

  /** View action: gives the browser its device id before the form is posted. */
  public void prepare() {
    deviceId();
  }

  public String register() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Account account;
    try {
      account =
          signUp.register(
              new SignUp.Form(
                  email,
                  password,
                  referralCode,
                  termsAccepted,
                  ClientRequest.clientIp(request),
                  deviceId(),
                  ClientRequest.siteUrl(request),
                  faces.getViewRoot().getLocale().toLanguageTag()));
    } catch (SignupProblem problem) {
      String text = Messages.text(problem.messageKey(), problem.arguments());
      faces.addMessage(
          problem.field() == null ? null : "signup:" + problem.field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      faces.validationFailed();
      return null;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(account.getUsername(), new Password(password)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
    }
    Messages.info(
        Messages.text("signup.welcome.summary"),
        Messages.text("signup.welcome.detail", account.getEmail()));
    return "/index.xhtml?faces-redirect=true";
  }

  /** The browser's device id from its cookie, set now when missing. */
  private static String deviceId() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object cookie = external.getRequestCookieMap().get(DEVICE_COOKIE);
    if (cookie instanceof Cookie existing && existing.getValue().matches("[0-9a-f-]{36}")) {
      return existing.getValue();
    }
    String id = UUID.randomUUID().toString();
    external.addResponseCookie(
        DEVICE_COOKIE,
        id,
        Map.of(
            "maxAge",
            DEVICE_COOKIE_SECONDS,
            "httpOnly",
            true,
            "path",
            external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
            "SameSite",
            "Lax"));
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getReferralCode() {
    return referralCode;
  }

  public void setReferralCode(String referralCode) {
    this.referralCode = referralCode;
  }

  public boolean isTermsAccepted() {
    return termsAccepted;
  }

  public void setTermsAccepted(boolean termsAccepted) {
    this.termsAccepted = termsAccepted;
  }
}
