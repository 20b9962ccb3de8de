package dev.cashback.plugin.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who did what to which subject, when and why. Written for every admin action; never edited. */
@Entity
@Table(name = "cb_audit")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "cb_audit_seq", sequenceName = "cb_audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_audit_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(length = 500)
  private String reason;

  @Column(length = 4000)
  private String details;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected AuditEntry() {}

  /**
   * One action by {@code actor} on the subject of the action's kind with this id (a rule's id, a
   * user's id, a network's code, ...), with the admin's reason and what the subject became.
   */
  public AuditEntry(
      String actor,
      AuditAction action,
      Object subjectId,
      String reason,
      String details,
      OffsetDateTime at) {
    this.actor = actor;
    this.action = action.code();
    this.subject = action.subject().of(subjectId);
    this.reason = reason;
    this.details =
        details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
    this.createdAt = at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
