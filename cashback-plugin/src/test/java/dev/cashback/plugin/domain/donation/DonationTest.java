package dev.cashback.plugin.domain.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** What a cashback gives to the cause, and gives back when it is reversed. */
class DonationTest {

  @Test
  void aShareIsBetweenZeroAndHundredPercent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Donation.atShare(new BigDecimal("100.01"), usd("0")))
        .withMessage("A donation share is between 0 and 100 %.");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Donation.atShare(new BigDecimal("-1"), usd("0")));
    assertThat(Donation.atShare(BigDecimal.ZERO, usd("0")).withShare(BigDecimal.TEN).sharePercent())
        .isEqualTo(BigDecimal.TEN);
  }

  @Test
  void atConfirmation_theShareRoundedDownGoesToTheCause() {
    Donation donation = Donation.atShare(new BigDecimal("33.3333"), usd("0"));
    assertThat(donation.onConfirmation(usd("10.00")).donated()).isEqualTo(usd("3.33"));
  }

  @Test
  void theShareCannotChange_onceSomethingWasDonated() {
    Donation donated = Donation.atShare(BigDecimal.TEN, usd("0")).onConfirmation(usd("10.00"));
    assertThatIllegalStateException().isThrownBy(() -> donated.withShare(BigDecimal.ONE));
  }

  @Test
  void beforeConfirmation_theExpectedDonationIsTheShareOfWhatIsOutstanding() {
    Donation donation = Donation.atShare(new BigDecimal("25"), usd("0"));
    assertThat(donation.expected(usd("10.03"), true)).isEqualTo(usd("2.50"));
    assertThat(donation.expected(usd("10.03"), false)).isEqualTo(usd("0"));
    Donation confirmed = donation.onConfirmation(usd("10.00")).givenBack(usd("1.00"));
    assertThat(confirmed.expected(usd("6.00"), false)).isEqualTo(usd("1.50"));
  }

  @Test
  void reversals_giveBackTheShareOfAllReversedSoFar_andAllOfIt_atTheEnd() {
    Donation donation =
        Donation.atShare(new BigDecimal("50"), usd("0")).onConfirmation(usd("9.99"));
    assertThat(donation.donated()).isEqualTo(usd("4.99"));
    Money first = donation.dueBack(usd("9.99"), usd("3.33"));
    assertThat(first).isEqualTo(usd("1.66"));
    donation = donation.givenBack(first);
    Money second = donation.dueBack(usd("9.99"), usd("6.66"));
    assertThat(second).isEqualTo(usd("1.66"));
    donation = donation.givenBack(second);
    Money last = donation.dueBack(usd("9.99"), usd("9.99"));
    assertThat(last).isEqualTo(usd("1.67"));
    assertThat(donation.givenBack(last).kept()).isEqualTo(usd("0"));
  }

  @Test
  void nothingDonated_nothingGivenBack() {
    Donation none = Donation.atShare(BigDecimal.ZERO, usd("0")).onConfirmation(usd("10.00"));
    assertThat(none.dueBack(usd("10.00"), usd("10.00"))).isEqualTo(usd("0"));
  }

  @Test
  void neverGivesBackMoreThanWasDonated() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Donation(BigDecimal.TEN, usd("1.00"), usd("1.01")));
  }

  @Property(tries = 500)
  void anySequenceOfReversals_givesBackAtMostEachOnesShare_andExactlyTheDonation_atTheEnd(
      @ForAll @IntRange(min = 1, max = 1_000_000) int confirmedCents,
      @ForAll @IntRange(min = 0, max = 10_000) int shareHundredths,
      @ForAll("cuts") List<Integer> percents) {
    Money confirmed = usd(confirmedCents);
    Donation donation =
        Donation.atShare(BigDecimal.valueOf(shareHundredths, 2), usd(0)).onConfirmation(confirmed);
    long reversed = 0;
    for (int percent : percents) {
      long step = Math.min(confirmedCents - reversed, (long) confirmedCents * percent / 100);
      reversed += step;
      Money back = donation.dueBack(confirmed, usd(reversed));
      assertThat(back.isNegative()).isFalse();
      assertThat(back.compareTo(usd(step))).isLessThanOrEqualTo(0);
      donation = donation.givenBack(back);
    }
    donation = donation.givenBack(donation.dueBack(confirmed, confirmed));
    assertThat(donation.kept()).isEqualTo(usd(0));
    assertThat(donation.returned()).isEqualTo(donation.donated());
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 100).list().ofMaxSize(6);
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static Money usd(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), "USD");
  }
}
