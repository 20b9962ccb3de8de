package dev.cashback.plugin.application.donation;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackStatistics;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.CurrencyAmount;
import dev.cashback.plugin.domain.donation.DonationChoice;
import dev.cashback.plugin.domain.donation.DonationChoiceRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's donation share: chosen on their page (or the configured default), recorded on each
 * cashback when it is granted, and given to the cause when that cashback is confirmed.
 */
@ApplicationScoped
public class Donations {

  @Inject DonationChoiceRepository choices;
  @Inject CashbackConfig settings;
  @Inject CurrentUser currentUser;
  @Inject TimeSource clock;
  @Inject AuditLog audit;
  @Inject CashbackStatistics statistics;

  /** What the signed-in learner donates and has donated. */
  public record ChooseDonation(
      BigDecimal sharePercent, String cause, List<CurrencyAmount> donated) {}

  /** The share a new cashback of this learner donates. */
  public BigDecimal shareOf(String userId) {
    return sharesOf(Set.of(userId)).get(userId);
  }

  /** The share a new cashback of each of these learners donates, by learner. */
  public Map<String, BigDecimal> sharesOf(Collection<String> userIds) {
    Map<String, DonationChoice> chosen = choices.ofAll(userIds);
    Map<String, BigDecimal> shares = new HashMap<>();
    for (String userId : userIds) {
      DonationChoice choice = chosen.get(userId);
      shares.put(
          userId, choice != null ? choice.getSharePercent() : settings.donationDefaultShare());
    }
    return shares;
  }

  public ChooseDonation mine() {
    String learner = currentUser.require(CurrentUser.LEARNER);
    return new ChooseDonation(shareOf(learner), settings.donationCause(), donatedBy(learner));
  }

  /** The learner's new share, for cashback granted from now on. */
  @Transactional
  public ChooseDonation choose(BigDecimal sharePercent) {
    String learner = currentUser.require(CurrentUser.LEARNER);
    if (!DonationChoice.isShare(sharePercent)) {
      throw new InvalidInputException(
          "sharePercent", "Give a share from 0 to 100 % (at most two decimals).");
    }
    Optional<DonationChoice> chosen = choices.of(learner);
    DonationChoice choice = chosen.orElseGet(() -> new DonationChoice(learner));
    choice.choose(sharePercent, clock.now());
    if (chosen.isEmpty()) {
      choices.add(choice);
    }
    audit.record(
        learner,
        AuditAction.DONATION_SHARE_CHOSEN,
        learner,
        null,
        sharePercent.toPlainString() + "%");
    return mine();
  }

  /** What a learner's confirmed cashback gave the cause, net of reversals, per currency. */
  public List<CurrencyAmount> donatedBy(String userId) {
    return statistics.donatedBy(userId);
  }
}
