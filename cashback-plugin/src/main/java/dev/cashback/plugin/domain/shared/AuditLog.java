package dev.cashback.plugin.domain.shared;

import java.util.List;

/** The audit trail of admin actions. */
public interface AuditLog {

  /**
   * Records, as of now, that {@code actor} did {@code action} to the subject of the action's kind
   * with this id (a rule's id, a user's id, a network's code, ...), with the reason given (null for
   * none) and what the subject became.
   */
  void record(String actor, AuditAction action, Object subjectId, String reason, String details);

  /** Entries about one subject (e.g. "rule:12", "user:lena"), newest first. */
  List<AuditEntry> about(String subject);
}
