package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.DevMessage;
import dev.cashback.sample.lms.signup.DevMailbox;
import dev.cashback.sample.lms.signup.EmailVerifications;
import dev.cashback.sample.lms.signup.PhoneVerification;
import dev.cashback.sample.lms.signup.SignUp;
import dev.cashback.sample.lms.signup.SignupProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up and verification inside the running platform, on the configured database (PostgreSQL in
 * CI): refused input names its field and keeps nothing; the mailed link verifies once and not after
 * it expired; resending waits for the delay; the one-time password expires, is void after the
 * allowed wrong attempts (also when guessed from many threads at once), and a number verified on
 * one account cannot be verified on another.
 */
@ExtendWith(ArquillianExtension.class)
class SignupIT {

  private static final Pattern CODE = Pattern.compile("code is (\\d{6})");

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(TestPersistence.class, SignupIT.class, TestDatabase.class);
  }

  @Inject SignUp signUp;
  @Inject EmailVerifications emails;
  @Inject PhoneVerification phones;
  @Inject DevMailbox mailbox;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Inject EntityManager lms;

  @Test
  void refusedInput_namesTheField_andKeepsNothing() {
    String taken = register(email()).getEmail();
    assertRefused(form("not-an-e-mail", "correct horse", true), "email", "signup.error.email");
    assertRefused(form("", "correct horse", true), "email", "signup.error.emailRequired");
    assertRefused(
        form("x".repeat(95) + "@example.com", "correct horse", true),
        "email",
        "signup.error.email");
    assertRefused(form(email(), "short", true), "password", "signup.error.password");
    assertRefused(form(email(), "correct horse", false), "terms", "signup.error.terms");
    assertRefused(form(taken.toUpperCase(), "correct horse", true), "email", "signup.error.taken");
  }

  @Test
  void verificationLink_verifiesOnce_andResendWaitsForTheDelay() throws Exception {
    Account account = register(email());
    assertEquals(false, account.isEmailVerified());
    String token = token(lastMessage(account.getUsername(), DevMessage.EMAIL));
    assertTrue(
        mailbox.messages("lena", false, 1000).stream()
            .noneMatch(m -> account.getUsername().equals(m.getUsername())),
        "the dev mailbox shows each person only their own messages");
    assertTrue(
        mailbox.messages("admin", true, 1000).stream()
            .anyMatch(m -> account.getUsername().equals(m.getUsername())),
        "admins see everyone's");

    SignupProblem wait =
        assertThrows(
            SignupProblem.class, () -> emails.resend(account.getUsername(), "http://localhost"));
    assertEquals("verify.error.wait", wait.messageKey());

    assertEquals(EmailVerifications.Outcome.UNKNOWN, emails.verify("no-such-token"));
    assertEquals(EmailVerifications.Outcome.UNKNOWN, emails.verify(null));
    assertEquals(EmailVerifications.Outcome.VERIFIED, emails.verify(token));
    assertEquals(EmailVerifications.Outcome.ALREADY_VERIFIED, emails.verify(token));
    assertTrue(lms.find(Account.class, account.getUsername()).isEmailVerified());
    SignupProblem done =
        assertThrows(
            SignupProblem.class, () -> emails.resend(account.getUsername(), "http://localhost"));
    assertEquals("verify.error.alreadyVerified", done.messageKey());
  }

  @Test
  void expiredLink_doesNotVerify_andANewOneDoes() throws Exception {
    Account account = register(email());
    String first = token(lastMessage(account.getUsername(), DevMessage.EMAIL));
    sql(
        "UPDATE lms_email_verification SET sent_at = sent_at - INTERVAL '2' DAY,"
            + " expires_at = expires_at - INTERVAL '2' DAY WHERE username = ?",
        account.getUsername());
    assertEquals(EmailVerifications.Outcome.EXPIRED, emails.verify(first));

    emails.resend(account.getUsername(), "http://localhost");
    String second = token(lastMessage(account.getUsername(), DevMessage.EMAIL));
    assertEquals(EmailVerifications.Outcome.VERIFIED, emails.verify(second));
  }

  @Test
  void otp_checksNumber_waitsToResend_expires_andIsVoidAfterTheAttempts() throws Exception {
    String user = register(email()).getUsername();
    assertEquals(
        "phone.error.country",
        assertThrows(SignupProblem.class, () -> phones.requestOtp(user, "XX", "7700900123"))
            .messageKey());
    for (String bad : List.of("", "12", "77009001234567890", "77a00900")) {
      assertEquals(
          "phone.error.number",
          assertThrows(SignupProblem.class, () -> phones.requestOtp(user, "GB", bad)).messageKey(),
          bad);
    }
    String number = uniqueNumber();
    phones.requestOtp(user, "GB", "0" + number);
    String code = code(lastMessage(user, DevMessage.SMS));
    assertEquals(
        "phone.error.wait",
        assertThrows(SignupProblem.class, () -> phones.requestOtp(user, "GB", number))
            .messageKey());

    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 1; i < 5; i++) {
      assertEquals(PhoneVerification.Outcome.WRONG, phones.submit(user, wrong));
    }
    assertEquals(PhoneVerification.Outcome.TOO_MANY_ATTEMPTS, phones.submit(user, wrong));
    assertEquals(
        PhoneVerification.Outcome.TOO_MANY_ATTEMPTS,
        phones.submit(user, code),
        "the right code no longer counts");

    allowResend(user);
    phones.requestOtp(user, "GB", number);
    String expiring = code(lastMessage(user, DevMessage.SMS));
    sql("UPDATE lms_phone_otp SET expires_at = sent_at WHERE username = ?", user);
    assertEquals(PhoneVerification.Outcome.EXPIRED, phones.submit(user, expiring));

    allowResend(user);
    phones.requestOtp(user, "GB", number);
    assertEquals(
        PhoneVerification.Outcome.VERIFIED,
        phones.submit(user, code(lastMessage(user, DevMessage.SMS))));
    assertEquals("+44" + number, lms.find(Account.class, user).getPhone());

    // The same number on another account.
    String other = register(email()).getUsername();
    assertEquals(
        "phone.error.taken",
        assertThrows(SignupProblem.class, () -> phones.requestOtp(other, "GB", number))
            .messageKey());
  }

  @Test
  void aNumberVerifiedElsewhereMeanwhile_isNotVerifiedTwice_andCodesAreCappedPerDay()
      throws Exception {
    String first = register(email()).getUsername();
    String second = register(email()).getUsername();
    String number = uniqueNumber();
    phones.requestOtp(first, "DE", number);
    phones.requestOtp(second, "DE", number);
    String secondCode = code(lastMessage(second, DevMessage.SMS));
    assertEquals(
        PhoneVerification.Outcome.VERIFIED,
        phones.submit(first, code(lastMessage(first, DevMessage.SMS))));
    assertEquals(PhoneVerification.Outcome.TAKEN, phones.submit(second, secondCode));
    assertEquals(null, lms.find(Account.class, second).getPhone());

    // Ten codes a day at most, however the resend delay is waited out.
    for (int sent = 1; sent < 10; sent++) {
      allowResend(second);
      phones.requestOtp(second, "DE", uniqueNumber());
    }
    allowResend(second);
    assertEquals(
        "phone.error.tooMany",
        assertThrows(SignupProblem.class, () -> phones.requestOtp(second, "DE", uniqueNumber()))
            .messageKey());
  }

  @Test
  void otpGuessedFromManyThreads_neverGetsMoreThanTheAllowedAttempts() throws Exception {
    String user = register(email()).getUsername();
    phones.requestOtp(user, "US", uniqueNumber());
    String code = code(lastMessage(user, DevMessage.SMS));
    String wrong = code.equals("000000") ? "111111" : "000000";
    List<Future<PhoneVerification.Outcome>> guesses = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Callable<PhoneVerification.Outcome> guess = () -> phones.submit(user, wrong);
      guesses.add(executor.submit(guess));
    }
    int wrongAnswers = 0;
    for (Future<PhoneVerification.Outcome> guess : guesses) {
      wrongAnswers += guess.get() == PhoneVerification.Outcome.WRONG ? 1 : 0;
    }
    assertEquals(4, wrongAnswers, "4 wrong answers, then the fifth voids the code");
    assertEquals(5, phones.latest(user).orElseThrow().getAttempts());
    assertEquals(PhoneVerification.Outcome.TOO_MANY_ATTEMPTS, phones.submit(user, code));
  }

  // --- helpers

  private Account register(String email) {
    return signUp.register(form(email, "correct horse", true));
  }

  private static SignUp.Form form(String email, String password, boolean terms) {
    return new SignUp.Form(
        email,
        password,
        null,
        terms,
        "2001:db8:5::" + Integer.toHexString((int) (Math.random() * 60000)),
        UUID.randomUUID().toString(),
        "http://localhost",
        null);
  }

  private void assertRefused(SignUp.Form form, String field, String key) {
    long before = accounts();
    SignupProblem problem = assertThrows(SignupProblem.class, () -> signUp.register(form));
    assertEquals(field, problem.field());
    assertEquals(key, problem.messageKey());
    assertEquals(before, accounts(), "no account kept");
  }

  private long accounts() {
    return lms.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  private DevMessage lastMessage(String user, String channel) {
    return mailbox.messages(user, false, 20).stream()
        .filter(m -> m.getChannel().equals(channel))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + channel + " for " + user));
  }

  private static String token(DevMessage mail) {
    assertNotNull(mail.getLink());
    assertTrue(mail.getLink().startsWith("http://localhost/verify-email.xhtml?token="));
    return URLDecoder.decode(
        mail.getLink().substring(mail.getLink().indexOf("token=") + 6), StandardCharsets.UTF_8);
  }

  private static String code(DevMessage sms) {
    Matcher matcher = CODE.matcher(sms.getBody());
    assertTrue(matcher.find(), sms.getBody());
    return matcher.group(1);
  }

  private void allowResend(String user) throws Exception {
    sql(
        "UPDATE lms_phone_otp SET sent_at = sent_at - INTERVAL '2' MINUTE WHERE username = ?",
        user);
  }

  private void sql(String sql, String param) throws Exception {
    new TestDatabase(db).update(sql, param);
  }

  private static String email() {
    return "signup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static String uniqueNumber() {
    return "77" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }
}
