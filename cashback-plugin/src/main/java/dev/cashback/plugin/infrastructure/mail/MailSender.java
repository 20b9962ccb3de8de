package dev.cashback.plugin.infrastructure.mail;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.application.notice.MailRendering;
import dev.cashback.plugin.application.notice.OutboxMessage;
import dev.cashback.plugin.application.notice.WrittenMail;
import dev.cashback.plugin.infrastructure.scheduling.JobsConfig;
import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox on every node: claims a batch (SKIP LOCKED, so nodes share it), hands each
 * message to SMTP, and marks it sent, or queues it again with back-off. A message is claimed before
 * it is sent, so it is sent at most once; one claimed by a node that then stopped becomes UNKNOWN.
 */
@ApplicationScoped
public class MailSender implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;
  private static final Duration STALE_SENDING = Duration.ofMinutes(10);

  @Inject JobsConfig schedule;
  @Inject MailOutbox outbox;
  @Inject MailConfig settings;
  @Inject Instance<HostDirectory> directory;
  @Inject MailRendering rendering;

  @Override
  public String name() {
    return "cashback-mail";
  }

  @Override
  public Duration interval() {
    return schedule.mailInterval();
  }

  @Override
  public void run() {
    if (!settings.isConfigured()) {
      return; // the embedded default: messages wait in the outbox page
    }
    outbox.markStaleSendingUnknown(STALE_SENDING);
    List<OutboxMessage> batch;
    do {
      batch = outbox.claimDue(BATCH);
      for (OutboxMessage message : batch) {
        try {
          send(message);
        } catch (RuntimeException e) {
          // One message's trouble (say, marking it) never holds up the rest of the batch.
          LOG.log(Level.WARNING, "E-mail " + message.id() + " could not be processed", e);
        }
      }
    } while (batch.size() == BATCH);
  }

  private void send(OutboxMessage message) {
    String recipient = message.recipient();
    if (recipient == null) {
      recipient =
          directory.isResolvable() ? directory.get().emailOf(message.userId()).orElse(null) : null;
      if (recipient == null || recipient.isBlank()) {
        outbox.undeliverable(message.id(), "No e-mail address is known for this user.");
        return;
      }
      outbox.addressed(message.id(), recipient);
    }
    try {
      Transport.send(mime(message, written(message), recipient));
    } catch (MessagingException | RuntimeException e) {
      if (surelyNotSent(e)) {
        LOG.log(Level.FINE, "E-mail " + message.id() + " not sent", e);
        outbox.markFailed(message.id(), message.attempts() + 1, e.getMessage());
      } else {
        // The server may have taken it (a failure after the message was handed over): at most
        // once means not sending it again. It stays SENDING and turns UNKNOWN.
        LOG.log(Level.WARNING, "E-mail " + message.id() + " may or may not have been sent", e);
      }
      return;
    }
    outbox.markSent(message.id());
  }

  /**
   * Failures before the message was handed over: no connection, refused login, a recipient or
   * sender refused. Only these are retried.
   */
  static boolean surelyNotSent(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException
          || cause instanceof java.net.UnknownHostException
          || cause instanceof jakarta.mail.AuthenticationFailedException
          || cause instanceof jakarta.mail.SendFailedException
          || cause instanceof jakarta.mail.internet.AddressException
          || cause.getClass().getSimpleName().equals("MailConnectException")) {
        return true;
      }
    }
    return false;
  }

  /** The message in its recipient's language, or as it was queued if it cannot be rewritten. */
  private WrittenMail written(OutboxMessage message) {
    try {
      return rendering.forRecipient(message);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "E-mail " + message.id() + " goes in the language it was queued in", e);
      return new WrittenMail(message.subject(), message.textBody(), message.htmlBody());
    }
  }

  private MimeMessage mime(OutboxMessage message, WrittenMail written, String recipient)
      throws MessagingException {
    MimeMessage mime = new MimeMessage(settings.session());
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
    mime.setSubject(written.subject(), StandardCharsets.UTF_8.name());
    mime.setSentDate(new Date());
    mime.setHeader("X-Cashback-Message", Long.toString(message.id()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(written.text(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(written.html(), "text/html; charset=UTF-8");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    mime.setContent(alternatives);
    return mime;
  }
}
