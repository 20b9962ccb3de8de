package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.application.shared.CashbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language each learner's e-mails are written in: the one the host tells for the learner, or
 * else {@code cashback.mail.language}. Asked when a message is sent, never while a change holds
 * locks; a host that cannot answer costs the learner their language, never the message.
 */
@ApplicationScoped
public class RecipientLanguages {

  private static final Logger LOG = Logger.getLogger(RecipientLanguages.class.getName());

  @Inject Instance<HostDirectory> directory;
  @Inject CashbackConfig settings;

  public Locale of(String userId) {
    if (userId != null && directory.isResolvable()) {
      try {
        return directory.get().languageOf(userId).orElse(settings.mailLanguage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The host could not tell a learner's language", e);
      }
    }
    return settings.mailLanguage();
  }
}
