package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A purchase as the plugin needs it for accrual, translated from the host's event.
 *
 * @param userGroups the host groups the buyer belonged to when buying (for group rules)
 */
public record PurchaseFacts(
    String purchaseId,
    String userId,
    String userName,
    String userImage,
    Set<String> userGroups,
    String currency,
    OffsetDateTime occurredAt,
    List<PurchaseLine> lines) {

  public PurchaseFacts {
    userGroups = Set.copyOf(userGroups);
    lines = List.copyOf(lines);
  }

  /** Whether the buyer is the instructor of an item bought (an instructor buying their own). */
  public boolean buysOwnItems() {
    return lines.stream().anyMatch(line -> userId.equals(line.instructorId()));
  }

  /** The purchase without the items its buyer is the instructor of; lines keep their numbers. */
  public PurchaseFacts withoutOwnItems() {
    return new PurchaseFacts(
        purchaseId,
        userId,
        userName,
        userImage,
        userGroups,
        currency,
        occurredAt,
        lines.stream().filter(line -> !userId.equals(line.instructorId())).toList());
  }

  public Money total() {
    return lines.stream()
        .map(PurchaseLine::paid)
        .reduce(Money.zero(Currency.getInstance(currency)), Money::plus);
  }
}
