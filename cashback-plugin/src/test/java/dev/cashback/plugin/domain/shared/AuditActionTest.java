package dev.cashback.plugin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditActionTest {

  /** The codes rows already carry and pages read: a renamed constant would orphan them. */
  @Test
  void theStoredCodesStayTheSame() {
    assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code))
        .containsExactly(
            "RULE_CREATED",
            "RULE_CHANGED",
            "RULE_ACTIVATED",
            "RULE_DEACTIVATED",
            "RULE_DELETED",
            "CASHBACK_REFUNDED",
            "REVIEW_APPROVED",
            "REVIEW_DECLINED",
            "CASHBACK_DISABLED",
            "CASHBACK_ENABLED",
            "PAYOUT_FIRST_APPROVAL",
            "PAYOUT_SENT",
            "PAYOUT_NOT_MADE",
            "PAYOUT_OUTCOME_UNKNOWN",
            "PAYOUT_PAID",
            "PAYOUT_REJECTED",
            "PAYOUT_METHOD_CREATED",
            "PAYOUT_METHOD_CHANGED",
            "PAYOUT_METHOD_ENABLED",
            "PAYOUT_METHOD_DISABLED",
            "NETWORK_CREATED",
            "NETWORK_CHANGED",
            "CLAIM_APPROVED",
            "CLAIM_REJECTED",
            "DONATION_SHARE_CHOSEN",
            "WEBHOOK_ENDPOINT_CREATED",
            "WEBHOOK_ENDPOINT_CHANGED",
            "WEBHOOK_ENDPOINT_DELETED",
            "WEBHOOK_SECRET_ROTATED",
            "EVENT_DELIVERY_RESENT",
            "PURCHASES_IMPORTED");
  }

  @Test
  void anEntryNamesItsSubjectAsBefore() {
    OffsetDateTime at = OffsetDateTime.parse("2026-01-02T03:04:05Z");
    assertThat(subject(AuditAction.RULE_DELETED, 12L, at)).isEqualTo("rule:12");
    assertThat(subject(AuditAction.CASHBACK_REFUNDED, 7L, at)).isEqualTo("transaction:7");
    assertThat(subject(AuditAction.CASHBACK_DISABLED, "lena", at)).isEqualTo("user:lena");
    assertThat(subject(AuditAction.DONATION_SHARE_CHOSEN, "leo", at)).isEqualTo("user:leo");
    assertThat(subject(AuditAction.PAYOUT_PAID, 3L, at)).isEqualTo("payout:3");
    assertThat(subject(AuditAction.PAYOUT_METHOD_ENABLED, 4L, at)).isEqualTo("payout-method:4");
    assertThat(subject(AuditAction.NETWORK_CHANGED, "book-nook", at))
        .isEqualTo("network:book-nook");
    assertThat(subject(AuditAction.CLAIM_REJECTED, 9L, at)).isEqualTo("claim:9");

    AuditEntry entry =
        new AuditEntry("admin", AuditAction.PAYOUT_REJECTED, 3L, "closed", "details", at);
    assertThat(entry.getAction()).isEqualTo("PAYOUT_REJECTED");
    assertThat(entry.getActor()).isEqualTo("admin");
    assertThat(entry.getReason()).isEqualTo("closed");
    assertThat(entry.getCreatedAt()).isEqualTo(at);
  }

  private static String subject(AuditAction action, Object id, OffsetDateTime at) {
    return new AuditEntry("admin", action, id, null, null, at).getSubject();
  }
}
