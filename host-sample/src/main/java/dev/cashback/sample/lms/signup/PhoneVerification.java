package dev.cashback.sample.lms.signup;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.PhoneOtp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Phone verification by one-time password: a six-digit code is texted to the number; it expires
 * after the configured minutes, a new one can be requested only after the resend delay, and it is
 * void after the allowed number of wrong attempts. Every step locks the account row, so parallel
 * guesses cannot get more attempts than allowed.
 */
@ApplicationScoped
public class PhoneVerification {

  /** What a submitted code did. */
  public enum Outcome {
    VERIFIED,
    WRONG,
    TOO_MANY_ATTEMPTS,
    EXPIRED,
    NO_CODE,
    /** Another account verified this number since the code was sent. */
    TAKEN
  }

  private static final Pattern NATIONAL_NUMBER = Pattern.compile("^[0-9]{4,14}$");

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject SmsGateway sms;
  @Inject SignupSettings settings;

  /** Texts a new code to the number made of {@code country}'s dialling code and {@code number}. */
  @Transactional
  public PhoneOtp requestOtp(String username, String country, String number) {
    Account account = lockedAccount(username);
    DialingCode dialing =
        DialingCode.of(country)
            .orElseThrow(() -> new SignupProblem("country", "phone.error.country"));
    String digits = number == null ? "" : number.replaceAll("[\\s().-]", "");
    if (digits.startsWith("0")) {
      digits = digits.substring(1); // the national trunk prefix is not dialled from abroad
    }
    String phone = dialing.code() + digits;
    if (!NATIONAL_NUMBER.matcher(digits).matches() || phone.length() > 16) {
      throw new SignupProblem("number", "phone.error.number");
    }
    if (phone.equals(account.getPhone())) {
      throw new SignupProblem("number", "phone.error.alreadyYours");
    }
    if (takenElsewhere(username, phone)) {
      throw new SignupProblem("number", "phone.error.taken");
    }
    OffsetDateTime now = now();
    long sentToday =
        em.createQuery(
                "SELECT COUNT(o) FROM PhoneOtp o WHERE o.username = :user AND o.sentAt > :since",
                Long.class)
            .setParameter("user", username)
            .setParameter("since", now.minusDays(1))
            .getSingleResult();
    if (sentToday >= settings.otpMaxPerDay()) {
      // Each code allows a few guesses: a daily cap keeps guessing (and texting) bounded.
      throw new SignupProblem(null, "phone.error.tooMany", settings.otpMaxPerDay());
    }
    Optional<PhoneOtp> last = latest(username);
    if (last.isPresent()) {
      OffsetDateTime allowed = last.get().getSentAt().plus(settings.otpResendDelay());
      if (now.isBefore(allowed)) {
        throw new SignupProblem(
            null, "phone.error.wait", Math.max(1, allowed.toEpochSecond() - now.toEpochSecond()));
      }
    }
    String id = UUID.randomUUID().toString();
    String code = Secrets.otp();
    PhoneOtp otp =
        new PhoneOtp(id, username, phone, hash(id, code), now, now.plus(settings.otpValidity()));
    em.persist(otp);
    sms.send(
        username,
        phone,
        "Your verification code is "
            + code
            + ". It expires in "
            + settings.otpValidity().toMinutes()
            + " minutes.");
    return otp;
  }

  /** Checks a code against the latest one sent; a right code verifies the number. */
  @Transactional
  public Outcome submit(String username, String code) {
    Account account = lockedAccount(username);
    Optional<PhoneOtp> latest = latest(username);
    if (latest.isEmpty() || latest.get().isUsed()) {
      return Outcome.NO_CODE;
    }
    PhoneOtp otp = latest.get();
    OffsetDateTime now = now();
    if (otp.getAttempts() >= settings.otpMaxAttempts()) {
      return Outcome.TOO_MANY_ATTEMPTS;
    }
    if (otp.isExpired(now)) {
      return Outcome.EXPIRED;
    }
    String typed = code == null ? "" : code.strip();
    if (!typed.matches("^[0-9]{6}$")
        || !Secrets.sameHash(hash(otp.getId(), typed), otp.getCodeHash())) {
      otp.wrongAttempt();
      return otp.getAttempts() >= settings.otpMaxAttempts()
          ? Outcome.TOO_MANY_ATTEMPTS
          : Outcome.WRONG;
    }
    if (takenElsewhere(username, otp.getPhone())) {
      return Outcome.TAKEN;
    }
    otp.verified(now);
    account.phoneVerified(otp.getPhone(), now);
    return Outcome.VERIFIED;
  }

  private boolean takenElsewhere(String username, String phone) {
    return !em.createQuery(
            "SELECT a.username FROM Account a WHERE a.phone = :phone AND a.username <> :user",
            String.class)
        .setParameter("phone", phone)
        .setParameter("user", username)
        .getResultList()
        .isEmpty();
  }

  /** The latest code sent to the user, if any. */
  public Optional<PhoneOtp> latest(String username) {
    List<PhoneOtp> codes =
        em.createQuery(
                "SELECT o FROM PhoneOtp o WHERE o.username = :user ORDER BY o.sentAt DESC",
                PhoneOtp.class)
            .setParameter("user", username)
            .setMaxResults(1)
            .getResultList();
    return codes.stream().findFirst();
  }

  public int maxAttempts() {
    return settings.otpMaxAttempts();
  }

  private Account lockedAccount(String username) {
    Account account = em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new SignupProblem(null, "verify.error.noAccount");
    }
    return account;
  }

  /** Salted by the code's own id, so equal codes never share a hash. */
  private static String hash(String id, String code) {
    return Secrets.sha256(id + ":" + code);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
