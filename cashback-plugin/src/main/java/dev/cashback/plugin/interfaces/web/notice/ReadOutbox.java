package dev.cashback.plugin.interfaces.web.notice;

import dev.cashback.plugin.application.notice.MailStatus;
import dev.cashback.plugin.application.notice.NoticeReports;
import dev.cashback.plugin.application.notice.OutboxMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin's Outbox page: every e-mail the plugin wrote, sent or not. With no SMTP server
 * configured (the embedded default) this is where the messages are read.
 */
@Named
@ViewScoped
public class ReadOutbox implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 300;

  @Inject NoticeReports reports;

  private MailStatus status;
  private String user;
  private OutboxMessage selected;
  private transient List<OutboxMessage> messages;

  public List<OutboxMessage> getMessages() {
    if (messages == null) {
      messages =
          reports.outbox(status, user == null || user.isBlank() ? null : user.strip(), SHOWN);
    }
    return messages;
  }

  public List<MailStatus> getStatuses() {
    return List.of(MailStatus.values());
  }

  public void filter() {
    messages = null;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public MailStatus getStatus() {
    return status;
  }

  public void setStatus(MailStatus status) {
    this.status = status;
  }

  public OutboxMessage getSelected() {
    return selected;
  }

  public void setSelected(OutboxMessage selected) {
    this.selected = selected;
  }
}
