package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Each source of cashback refers to exactly its own kind of thing. */
class CashbackOriginTest {

  @Test
  void eachSource_carriesOnlyItsOwnReference() {
    assertThat(CashbackOrigin.rule(7))
        .isEqualTo(new CashbackOrigin(CashbackSource.RULE, 7L, null, null));
    assertThat(CashbackOrigin.networkConversion(50))
        .isEqualTo(new CashbackOrigin(CashbackSource.NETWORK_CONVERSION, null, 50L, null));
    assertThat(CashbackOrigin.missingCashbackClaim(50))
        .isEqualTo(new CashbackOrigin(CashbackSource.MISSING_CASHBACK_CLAIM, null, 50L, null));
    assertThat(CashbackOrigin.referralBonus("rita"))
        .isEqualTo(new CashbackOrigin(CashbackSource.REFERRAL_BONUS, null, null, "rita"));
  }

  @Test
  void aSourceWithoutItsReference_orWithAnothersReference_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CashbackOrigin(CashbackSource.RULE, null, null, null))
        .withMessage("A cashback from RULE refers to a rule and nothing else.");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CashbackOrigin(CashbackSource.NETWORK_CONVERSION, 1L, 50L, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CashbackOrigin(CashbackSource.REFERRAL_BONUS, null, 50L, "rita"));
  }
}
