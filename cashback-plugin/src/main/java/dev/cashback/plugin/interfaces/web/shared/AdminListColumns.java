package dev.cashback.plugin.interfaces.web.shared;

import dev.cashback.plugin.application.referral.ReferralReports;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.interfaces.export.ExportColumn;
import java.util.List;

/**
 * The columns of the admin lists' exports: what each page shows, with amounts as numbers to the
 * currency's minor unit in columns of their own beside a currency column, so a spreadsheet can add
 * them up. Headers come from the message bundle, as on the page.
 */
public final class AdminListColumns {

  private AdminListColumns() {}

  public static List<ExportColumn<CashbackTransaction>> transactions(CashbackUi ui) {
    return List.of(
        column("col.name", CashbackTransaction::getUserName),
        column("col.product", CashbackTransaction::getProductTitle),
        column("col.description", CashbackTransaction::getDescription),
        column("col.amount", tx -> ui.scaled(tx.getPurchaseAmount(), tx.getCurrency())),
        column("col.cashbackAmount", tx -> ui.scaled(tx.getCashbackAmount(), tx.getCurrency())),
        column("col.reversed", tx -> ui.scaled(tx.getReversedAmount(), tx.getCurrency()).negate()),
        column("col.currency", CashbackTransaction::getCurrency),
        column("col.date", tx -> ui.dateTime(tx.getCreatedAt())),
        column("col.status", tx -> Labels.text("status." + tx.getStatus())));
  }

  public static List<ExportColumn<LearnerSummary>> learners(CashbackUi ui) {
    return List.of(
        column("col.name", LearnerSummary::userName),
        column("history.col.totalPurchase", row -> ui.scaled(row.totalPurchase(), row.currency())),
        column("col.cashbackAmount", row -> ui.scaled(row.cashbackAmount(), row.currency())),
        column("col.currency", LearnerSummary::currency),
        column("history.col.lastCashback", row -> ui.dateTime(row.lastCashback())));
  }

  public static List<ExportColumn<ReferralReports.Progress>> referrals(CashbackUi ui) {
    return List.of(
        referral("referrals.referee", Referral::getRefereeId),
        referral("referrals.referrer", Referral::getReferrerId),
        referral("referrals.code", Referral::getCode),
        referral("referrals.joinedAt", r -> ui.dateTime(r.getJoinedAt())),
        referral("referrals.qualifyUntil", r -> ui.dateTime(r.getQualifyUntil())),
        column("referrals.progress.col", row -> ui.scaled(row.confirmed())),
        column("referrals.qualifyingAmount", row -> ui.scaled(row.qualifyingAmount())),
        column("referrals.joiningBonus", row -> ui.scaled(row.amounts().joining())),
        column("referrals.referrerBonus", row -> ui.scaled(row.amounts().referrer())),
        column("col.currency", row -> row.amounts().currency()),
        referral("col.status", r -> Labels.text("referrals.status." + r.getStatus())),
        referral("referrals.rewardedAt", r -> ui.dateTime(r.getRewardedAt())));
  }

  private static <T> ExportColumn<T> column(
      String headerKey, java.util.function.Function<T, ?> cell) {
    return new ExportColumn<>(Labels.text(headerKey), cell);
  }

  private static ExportColumn<ReferralReports.Progress> referral(
      String headerKey, java.util.function.Function<Referral, ?> cell) {
    return column(headerKey, row -> cell.apply(row.referral()));
  }
}
