package dev.cashback.plugin.domain.donation;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of one cashback its learner gives to the cause: the share (0-100 %) chosen when the
 * cashback was granted, what went to the cause when it was confirmed, and what reversals of the
 * cashback have taken back from the cause since. Immutable; each step returns the next state.
 *
 * <p>The money rule: the cause gets the share of the confirmed cashback rounded down to the minor
 * unit, and gives back in proportion to what is reversed of that confirmed cashback, counted
 * cumulatively (the share of all reversed so far, rounded down, less what came back before), so
 * each reversal returns at most its own share and a full reversal returns exactly what was donated.
 */
public record Donation(BigDecimal sharePercent, Money donated, Money returned) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Donation {
    Objects.requireNonNull(donated, "donated");
    Objects.requireNonNull(returned, "returned");
    if (!isShare(sharePercent)) {
      throw new IllegalArgumentException("A donation share is between 0 and 100 %.");
    }
    if (donated.isNegative() || returned.isNegative() || returned.compareTo(donated) > 0) {
      throw new IllegalArgumentException(
          "A donation gives back at most what it gave: " + returned + " of " + donated);
    }
  }

  /** Nothing donated yet, at {@code sharePercent} of the cashback once it is confirmed. */
  public static Donation atShare(BigDecimal sharePercent, Money zero) {
    return new Donation(sharePercent, zero, zero);
  }

  private static boolean isShare(BigDecimal share) {
    return share != null && share.signum() >= 0 && share.compareTo(HUNDRED) <= 0;
  }

  /** The same donation at another share; only before anything was donated. */
  public Donation withShare(BigDecimal share) {
    if (donated.isPositive()) {
      throw new IllegalStateException("The share of a donation already made cannot change.");
    }
    return new Donation(share, donated, returned);
  }

  /**
   * The donation once {@code confirmed} of the cashback is confirmed: the share of it, rounded down
   * to the minor unit, goes to the cause.
   */
  public Donation onConfirmation(Money confirmed) {
    return new Donation(sharePercent, shareOf(confirmed), returned);
  }

  /**
   * What the cause gives back when {@code reversedSinceConfirmation} (cumulative, this reversal
   * included) of the {@code confirmed} cashback has been reversed: the donation's share of it,
   * rounded down, and all that is left of the donation once the whole confirmed cashback is
   * reversed, less what came back before. Never negative.
   */
  public Money dueBack(Money confirmed, Money reversedSinceConfirmation) {
    if (!confirmed.isPositive() || !donated.isPositive()) {
      return Money.zero(donated.currency());
    }
    Money target =
        reversedSinceConfirmation.compareTo(confirmed) >= 0
            ? donated
            : donated
                .proportion(reversedSinceConfirmation.amount(), confirmed.amount())
                .roundDownToMinorUnit();
    Money part = target.minus(returned);
    return part.isPositive() ? part : Money.zero(donated.currency());
  }

  /** The donation once {@code part} more has come back from the cause. */
  public Donation givenBack(Money part) {
    return new Donation(sharePercent, donated, returned.plus(part));
  }

  /** What the cause holds of this cashback now: donated less given back. */
  public Money kept() {
    return donated.minus(returned);
  }

  /**
   * What the cashback is expected to donate: what the cause holds once anything was donated or the
   * cashback is no longer waiting for confirmation, else the share of {@code outstanding}.
   */
  public Money expected(Money outstanding, boolean awaitingConfirmation) {
    return donated.isPositive() || !awaitingConfirmation ? kept() : shareOf(outstanding);
  }

  private Money shareOf(Money amount) {
    return amount.percent(sharePercent).roundDownToMinorUnit();
  }
}
