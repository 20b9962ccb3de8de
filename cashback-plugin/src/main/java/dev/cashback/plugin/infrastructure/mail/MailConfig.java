package dev.cashback.plugin.infrastructure.mail;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConfigSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;

/** The SMTP server from {@code cashback.mail.*}; without a host, mail stays in the outbox. */
@ApplicationScoped
public class MailConfig extends ConfigSection {

  private Optional<String> host;
  private int port;
  private String from;
  private Optional<String> username;
  private Optional<String> password;
  private boolean starttls;

  @Override
  protected void read() {
    host = optional(ConfigKeys.MAIL_HOST);
    port = integer(ConfigKeys.MAIL_PORT);
    from = text(ConfigKeys.MAIL_FROM);
    username = optional(ConfigKeys.MAIL_USERNAME);
    password = optional(ConfigKeys.MAIL_PASSWORD);
    starttls = flag(ConfigKeys.MAIL_STARTTLS);
  }

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String from() {
    return from;
  }

  /**
   * A mail session for the configured server, with short timeouts so a dead server holds nothing.
   */
  public Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    if (username.filter(u -> !u.isBlank()).isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
