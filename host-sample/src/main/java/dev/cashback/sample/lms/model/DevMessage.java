package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An e-mail or text message kept for the dev mailbox page instead of being sent. */
@Entity
@Table(name = "lms_dev_message")
public class DevMessage {

  public static final String EMAIL = "EMAIL";
  public static final String SMS = "SMS";

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 8)
  private String channel;

  @Column(nullable = false, length = 200)
  private String recipient;

  @Column(length = 100)
  private String username;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(length = 1000)
  private String link;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DevMessage() {}

  public DevMessage(
      String channel,
      String recipient,
      String username,
      String subject,
      String body,
      String link,
      OffsetDateTime createdAt) {
    this.id = UUID.randomUUID().toString();
    this.channel = channel;
    this.recipient = recipient;
    this.username = username;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public String getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getUsername() {
    return username;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
