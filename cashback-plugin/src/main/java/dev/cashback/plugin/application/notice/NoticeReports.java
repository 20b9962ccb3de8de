package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Admins read the outbox: every e-mail the plugin wrote, sent or not. */
@RequestScoped
@Transactional
public class NoticeReports {

  @Inject CurrentUser caller;
  @Inject NoticeOutbox outbox;

  /** Admins: the newest e-mails of the outbox, of one status and user (all when null). */
  public List<OutboxMessage> outbox(MailStatus status, String userId, int max) {
    caller.require(CurrentUser.ADMIN);
    return outbox.newest(status, userId, 0, max);
  }
}
