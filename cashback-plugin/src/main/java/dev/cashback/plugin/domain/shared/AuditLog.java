package dev.cashback.plugin.domain.shared;

import java.util.List;

/** The audit trail of admin actions. */
public interface AuditLog {

  void record(AuditEntry entry);

  /** Entries about one subject (e.g. "rule:12", "user:lena"), newest first. */
  List<AuditEntry> about(String subject);
}
