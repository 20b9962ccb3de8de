package dev.cashback.sample.lms.web;

import dev.cashback.plugin.api.CashbackReferrals;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.PhoneOtp;
import dev.cashback.sample.lms.signup.DialingCode;
import dev.cashback.sample.lms.signup.EmailVerifications;
import dev.cashback.sample.lms.signup.PhoneVerification;
import dev.cashback.sample.lms.signup.SignupProblem;
import dev.cashback.sample.lms.signup.SignupSettings;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * The user's dashboard: e-mail verification status with Resend, phone verification by one-time
 * password (country dialling code, number, Request OTP, then the code) and the referral code to
 * share.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @PersistenceContext(unitName = "lms")
  transient EntityManager em;

  @Inject SecurityContext security;
  @Inject EmailVerifications emailVerifications;
  @Inject PhoneVerification phoneVerification;
  @Inject CashbackReferrals referrals;
  @Inject SignupSettings signupSettings;

  private String country = "US";
  private String number;
  private String code;
  private boolean codeSent;

  public Account getAccount() {
    return em.find(Account.class, caller());
  }

  public List<DialingCode> getDialingCodes() {
    return DialingCode.ALL;
  }

  public void resendEmail() {
    try {
      emailVerifications.resend(caller(), ClientRequest.siteUrl(request()));
      Messages.info(
          Messages.text("account.email.resent.summary"),
          Messages.text("account.email.resent.detail", getAccount().getEmail()));
    } catch (SignupProblem problem) {
      show(problem);
    }
  }

  public void requestOtp() {
    try {
      PhoneOtp otp = phoneVerification.requestOtp(caller(), country, number);
      codeSent = true;
      code = null;
      Messages.info(
          Messages.text("account.phone.sent.summary"),
          Messages.text("account.phone.sent.detail", otp.getPhone()));
    } catch (SignupProblem problem) {
      show(problem);
    }
  }

  public void submitOtp() {
    PhoneVerification.Outcome outcome = phoneVerification.submit(caller(), code);
    String text =
        Messages.text("account.phone.outcome." + outcome.name(), phoneVerification.maxAttempts());
    if (outcome == PhoneVerification.Outcome.VERIFIED) {
      codeSent = false;
      Messages.info(text, getAccount().getPhone());
    } else {
      FacesContext.getCurrentInstance()
          .addMessage("phone:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The caller's referral code, for learners (the only ones who earn cashback). */
  public String getReferralCode() {
    return security.isCallerInRole("learner") ? referrals.codeOf(caller()) : null;
  }

  public String getReferralLink() {
    String code = getReferralCode();
    return code == null
        ? null
        : signupSettings.publicUrl().orElse(ClientRequest.siteUrl(request()))
            + "/signup.xhtml?ref="
            + code;
  }

  private void show(SignupProblem problem) {
    String text = Messages.text(problem.messageKey(), problem.arguments());
    FacesContext.getCurrentInstance()
        .addMessage(
            problem.field() == null ? null : "phone:" + problem.field(),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    FacesContext.getCurrentInstance().validationFailed();
  }

  private String caller() {
    return security.getCallerPrincipal().getName();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isCodeSent() {
    return codeSent;
  }
}
