package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.signup.EmailVerifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where a mailed verification link lands: says what opening it did. */
@Named
@RequestScoped
public class VerifyEmailPage {

  @Inject EmailVerifications verifications;

  private String token;
  private EmailVerifications.Outcome outcome;

  /** View action (a GET of the mailed link). */
  public void verify() {
    outcome = verifications.verify(token);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isVerified() {
    return outcome == EmailVerifications.Outcome.VERIFIED
        || outcome == EmailVerifications.Outcome.ALREADY_VERIFIED;
  }

  /** The bundle key of the result's text. */
  public String getResultKey() {
    return "verify.result." + (outcome == null ? "UNKNOWN" : outcome.name());
  }
}
