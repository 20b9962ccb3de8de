package dev.cashback.plugin.domain.shared;

/**
 * Every admin (and learner) action the audit trail records, with the kind of subject it is about.
 * The constant's name is the code stored in {@code cb_audit.action}, so a name never changes: the
 * rows already written and the pages that read them use it.
 */
public enum AuditAction {
  RULE_CREATED(Subject.RULE),
  RULE_CHANGED(Subject.RULE),
  RULE_ACTIVATED(Subject.RULE),
  RULE_DEACTIVATED(Subject.RULE),
  RULE_DELETED(Subject.RULE),
  CASHBACK_REFUNDED(Subject.TRANSACTION),
  REVIEW_APPROVED(Subject.TRANSACTION),
  REVIEW_DECLINED(Subject.TRANSACTION),
  CASHBACK_DISABLED(Subject.USER),
  CASHBACK_ENABLED(Subject.USER),
  PAYOUT_FIRST_APPROVAL(Subject.PAYOUT),
  PAYOUT_SENT(Subject.PAYOUT),
  PAYOUT_NOT_MADE(Subject.PAYOUT),
  PAYOUT_OUTCOME_UNKNOWN(Subject.PAYOUT),
  PAYOUT_PAID(Subject.PAYOUT),
  PAYOUT_REJECTED(Subject.PAYOUT),
  PAYOUT_METHOD_CREATED(Subject.PAYOUT_METHOD),
  PAYOUT_METHOD_CHANGED(Subject.PAYOUT_METHOD),
  PAYOUT_METHOD_ENABLED(Subject.PAYOUT_METHOD),
  PAYOUT_METHOD_DISABLED(Subject.PAYOUT_METHOD),
  NETWORK_CREATED(Subject.NETWORK),
  NETWORK_CHANGED(Subject.NETWORK),
  CLAIM_APPROVED(Subject.CLAIM),
  CLAIM_REJECTED(Subject.CLAIM),
  DONATION_SHARE_CHOSEN(Subject.USER),
  WEBHOOK_ENDPOINT_CREATED(Subject.WEBHOOK_ENDPOINT),
  WEBHOOK_ENDPOINT_CHANGED(Subject.WEBHOOK_ENDPOINT),
  WEBHOOK_ENDPOINT_DELETED(Subject.WEBHOOK_ENDPOINT),
  WEBHOOK_SECRET_ROTATED(Subject.WEBHOOK_ENDPOINT),
  EVENT_DELIVERY_RESENT(Subject.EVENT_DELIVERY),
  PURCHASES_IMPORTED(Subject.IMPORT);

  /** What an action is about; the prefix of the stored subject, as in {@code "rule:12"}. */
  public enum Subject {
    RULE("rule"),
    TRANSACTION("transaction"),
    USER("user"),
    PAYOUT("payout"),
    PAYOUT_METHOD("payout-method"),
    NETWORK("network"),
    CLAIM("claim"),
    WEBHOOK_ENDPOINT("webhook-endpoint"),
    EVENT_DELIVERY("event-delivery"),
    IMPORT("import");

    private final String prefix;

    Subject(String prefix) {
      this.prefix = prefix;
    }

    /** The stored subject for one of these, e.g. {@code "rule:12"} or {@code "user:lena"}. */
    public String of(Object id) {
      return prefix + ":" + id;
    }
  }

  private final Subject subject;

  AuditAction(Subject subject) {
    this.subject = subject;
  }

  /** The kind of subject this action is about. */
  public Subject subject() {
    return subject;
  }

  /** The code stored for this action: its name. */
  public String code() {
    return name();
  }
}
