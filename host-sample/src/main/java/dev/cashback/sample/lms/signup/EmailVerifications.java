package dev.cashback.sample.lms.signup;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.EmailVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;

/**
 * E-mail verification by link: a random token is mailed, only its hash is stored; opening the link
 * before it expires marks the address verified. A resend waits for the resend delay, so the button
 * cannot flood a mailbox.
 */
@ApplicationScoped
public class EmailVerifications {

  /** The page the mailed link opens. */
  public static final String PAGE = "/verify-email.xhtml";

  /** What opening a link did. */
  public enum Outcome {
    VERIFIED,
    ALREADY_VERIFIED,
    EXPIRED,
    UNKNOWN
  }

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject MailGateway mail;
  @Inject SignupSettings settings;

  /** Mails a new link to the account's address; part of the caller's transaction. */
  @Transactional
  public void send(Account account, String baseUrl) {
    String token = Secrets.token();
    OffsetDateTime now = now();
    em.persist(
        new EmailVerification(
            Secrets.sha256(token),
            account.getUsername(),
            account.getEmail(),
            now,
            now.plus(settings.emailLinkValidity())));
    String link =
        settings.publicUrl().orElse(baseUrl)
            + PAGE
            + "?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    ResourceBundle texts = MailTexts.of(account.getLanguage());
    mail.send(
        account.getUsername(),
        account.getEmail(),
        texts.getString("verify.mail.subject"),
        new MessageFormat(texts.getString("verify.mail.body"), texts.getLocale())
            .format(new Object[] {link, settings.emailLinkValidity().toHours()}),
        link);
  }

  /**
   * Sends the link again, unless the address is verified already or the last link went out less
   * than the resend delay ago.
   */
  @Transactional
  public void resend(String username, String baseUrl) {
    Account account = em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new SignupProblem(null, "verify.error.noAccount");
    }
    if (account.isEmailVerified()) {
      throw new SignupProblem(null, "verify.error.alreadyVerified");
    }
    List<EmailVerification> last =
        em.createQuery(
                "SELECT v FROM EmailVerification v WHERE v.username = :user"
                    + " ORDER BY v.sentAt DESC",
                EmailVerification.class)
            .setParameter("user", username)
            .setMaxResults(1)
            .getResultList();
    OffsetDateTime now = now();
    if (!last.isEmpty()) {
      OffsetDateTime allowed = last.get(0).getSentAt().plus(settings.emailResendDelay());
      if (now.isBefore(allowed)) {
        throw new SignupProblem(
            null, "verify.error.wait", Math.max(1, allowed.toEpochSecond() - now.toEpochSecond()));
      }
    }
    send(account, baseUrl);
  }

  /** Opens a mailed link. */
  @Transactional
  public Outcome verify(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Outcome.UNKNOWN;
    }
    EmailVerification link =
        em.find(EmailVerification.class, Secrets.sha256(token), LockModeType.PESSIMISTIC_WRITE);
    if (link == null) {
      return Outcome.UNKNOWN;
    }
    Account account = em.find(Account.class, link.getUsername(), LockModeType.PESSIMISTIC_WRITE);
    if (account == null || !account.getEmail().equals(link.getEmail())) {
      return Outcome.UNKNOWN;
    }
    if (account.isEmailVerified()) {
      return Outcome.ALREADY_VERIFIED;
    }
    OffsetDateTime now = now();
    if (!link.isUsable(now)) {
      return Outcome.EXPIRED;
    }
    link.use(now);
    account.emailVerified(now);
    return Outcome.VERIFIED;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
