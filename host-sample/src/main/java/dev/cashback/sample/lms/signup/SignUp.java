package dev.cashback.sample.lms.signup;

import dev.cashback.plugin.api.CashbackReferrals;
import dev.cashback.plugin.api.ReferralRefusedException;
import dev.cashback.plugin.api.ReferralSignup;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.security.ClientAddressHash;
import dev.cashback.sample.lms.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Creates a learner's account from the sign-up form: the e-mail address is the user name, the
 * password is stored as a PBKDF2 hash, a referral code is checked and recorded by the cashback
 * plugin in the same transaction, and a verification link is sent. Nothing is kept when anything is
 * refused.
 */
@ApplicationScoped
public class SignUp {

  static final int MIN_PASSWORD = 8;
  static final int MAX_PASSWORD = 200;
  private static final int MAX_EMAIL = 100;
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject PasswordHashing passwordHashing;
  @Inject CashbackReferrals referrals;
  @Inject EmailVerifications verifications;
  @Inject ClientAddressHash addressHash;

  /** A new sign-up as typed in, with what the request tells about the browser. */
  public record Form(
      String email,
      String password,
      String referralCode,
      boolean termsAccepted,
      String clientIp,
      String deviceId,
      String baseUrl,
      String language) {}

  @Transactional
  public Account register(Form form) {
    String email = checkedEmail(form.email());
    checkPassword(form.password());
    if (!form.termsAccepted()) {
      throw new SignupProblem("terms", "signup.error.terms");
    }
    if (em.find(Account.class, email) != null
        || !em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email", Account.class)
            .setParameter("email", email)
            .getResultList()
            .isEmpty()) {
      throw new SignupProblem("email", "signup.error.taken");
    }
    ReferralSignup referral =
        new ReferralSignup(
            email, email, form.referralCode(), addressHash.of(form.clientIp()), form.deviceId());
    referrals
        .check(referral)
        .ifPresent(
            refusal -> {
              throw new SignupProblem("referralCode", "signup.error.referral." + refusal.name());
            });
    Account account =
        Account.signedUp(
            email,
            email.substring(0, email.indexOf('@')),
            passwordHashing.hash(form.password().toCharArray()),
            OffsetDateTime.now(ZoneOffset.UTC));
    account.chooseLanguage(form.language());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      // Another sign-up with this address committed between the check above and this insert.
      throw new SignupProblem("email", "signup.error.taken");
    }
    try {
      referrals.signedUp(referral);
    } catch (ReferralRefusedException e) {
      throw new SignupProblem("referralCode", "signup.error.referral." + e.refusal().name());
    }
    verifications.send(account, form.baseUrl());
    return account;
  }

  private static String checkedEmail(String typed) {
    String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      throw new SignupProblem("email", "signup.error.emailRequired");
    }
    if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      throw new SignupProblem("email", "signup.error.email");
    }
    return email;
  }

  private static void checkPassword(String password) {
    if (password == null
        || password.length() < MIN_PASSWORD
        || password.length() > MAX_PASSWORD
        || password.isBlank()) {
      throw new SignupProblem("password", "signup.error.password", MIN_PASSWORD);
    }
  }
}
