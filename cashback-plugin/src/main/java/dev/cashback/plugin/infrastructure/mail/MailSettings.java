package dev.cashback.plugin.infrastructure.mail;

import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server from {@code cashback.mail.*}; without a host, mail stays in the outbox. */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_HOST)
  Optional<String> host;

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_PORT, defaultValue = ConfigKeys.MAIL_PORT_DEFAULT)
  int port;

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_FROM, defaultValue = ConfigKeys.MAIL_FROM_DEFAULT)
  String from;

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_USERNAME)
  Optional<String> username;

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_PASSWORD)
  Optional<String> password;

  @Inject
  @ConfigProperty(name = ConfigKeys.MAIL_STARTTLS, defaultValue = "false")
  boolean starttls;

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
