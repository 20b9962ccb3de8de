package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.CashbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes a queued message in its recipient's language when it is sent: outside any transaction, so
 * asking the host for the language holds no lock and no second connection. A message without its
 * content (queued before the content was kept) goes as it was written.
 */
@ApplicationScoped
public class MailRendering {

  @Inject RecipientLanguages languages;
  @Inject CashbackConfig settings;

  /** The message's subject, text and HTML in its recipient's language. */
  public WrittenMail forRecipient(OutboxMessage message) {
    if (message.content() == null) {
      return new WrittenMail(message.subject(), message.textBody(), message.htmlBody());
    }
    return MailTemplates.in(languages.of(message.userId()))
        .render(MailContent.fromJson(message.content()), settings.zone());
  }
}
