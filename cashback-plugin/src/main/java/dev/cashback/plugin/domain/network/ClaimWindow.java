package dev.cashback.plugin.domain.network;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a missing-cashback claim on a click is accepted: from {@code minDays} to {@code maxDays}
 * whole days after the click, once per click, and only for a click that earned nothing. One place
 * decides it, for the claim itself and for the pages that tell a learner which clicks they can
 * claim.
 */
public record ClaimWindow(int minDays, int maxDays) {

  /** Where a click stands for a claim, and why not when it cannot be claimed. */
  public enum Standing {
    CLAIMABLE,
    TOO_EARLY,
    TOO_LATE,
    CLAIMED,
    CONVERTED
  }

  /** Whole days since the click. */
  public long age(OffsetDateTime clickedAt, OffsetDateTime now) {
    return Duration.between(clickedAt, now).toDays();
  }

  public Standing standing(
      OffsetDateTime clickedAt, OffsetDateTime now, boolean claimed, boolean converted) {
    if (claimed) {
      return Standing.CLAIMED;
    }
    if (converted) {
      return Standing.CONVERTED;
    }
    long days = age(clickedAt, now);
    if (days < minDays) {
      return Standing.TOO_EARLY;
    }
    return days > maxDays ? Standing.TOO_LATE : Standing.CLAIMABLE;
  }

  /** The first moment a claim on a click of that time is accepted. */
  public OffsetDateTime opens(OffsetDateTime clickedAt) {
    return clickedAt.plusDays(minDays);
  }

  /** The moment from which a claim on a click of that time is too late. */
  public OffsetDateTime closes(OffsetDateTime clickedAt) {
    return clickedAt.plusDays(maxDays + 1L);
  }
}
