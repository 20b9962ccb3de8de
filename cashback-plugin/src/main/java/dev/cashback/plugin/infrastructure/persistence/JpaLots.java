package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.ExpiryTerms;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.domain.wallet.LedgerEntry;
import dev.cashback.plugin.domain.wallet.LotBook;
import dev.cashback.plugin.domain.wallet.LotTaking;
import dev.cashback.plugin.domain.wallet.LotUse;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Keeps a wallet's lots in step with its available balance as journals post: what becomes available
 * is a new lot (or goes back to the lots a returned spend or rejected payout came from), what
 * leaves takes from lots. The open lots always add up to the balance, or to zero while it is below
 * zero (a clawback's debt is netted by later cashback before any lot is made). Runs under the
 * wallet's lock, which every change of an available balance holds.
 */
@ApplicationScoped
public class JpaLots implements LotBook {

  /** Journals that give back what a journal of the same reference took. */
  private static final Map<JournalKind, JournalKind> RETURNS =
      Map.of(
          JournalKind.SPEND_RETURN, JournalKind.SPEND,
          JournalKind.PAYOUT_REJECTED, JournalKind.PAYOUT_REQUEST);

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackConfig settings;
  @Inject DatabaseDialect dialect;

  @Override
  @SuppressWarnings("unchecked")
  public List<Wallet> walletsWithDueLots(OffsetDateTime now, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT user_id, currency FROM cb_lot WHERE remaining > 0"
                    + " AND expires_at <= ?")
            .setParameter(1, now)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(r -> new Wallet((String) r[0], (String) r[1])).toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<CashbackLot> claimReminders(OffsetDateTime now, OffsetDateTime until, int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM cb_lot WHERE remaining > 0 AND reminded_at IS NULL"
                    + " AND expires_at > ? AND expires_at <= ? ORDER BY expires_at"
                    + (dialect.isPostgres() ? " LIMIT " + limit : "")
                    + dialect.lockSkippingLocked())
            .setParameter(1, now)
            .setParameter(2, until)
            .setMaxResults(dialect.isPostgres() ? Integer.MAX_VALUE : limit)
            .getResultList();
    return ids.stream().map(id -> em.find(CashbackLot.class, id.longValue())).toList();
  }

  /** Follows a journal just persisted (it has its id) into the lots of the wallets it touched. */
  void follow(Journal journal) {
    Map<LedgerAccount, BigDecimal> change = new LinkedHashMap<>();
    for (LedgerEntry entry : journal.getEntries()) {
      LedgerAccount account = entry.getAccount();
      if (account.getKind() == AccountKind.AVAILABLE) {
        change.merge(account, entry.getAmount(), BigDecimal::add);
      }
    }
    change.forEach(
        (account, delta) -> {
          BigDecimal after = account.balance().amount();
          BigDecimal before = after.subtract(delta);
          BigDecimal lots = after.max(BigDecimal.ZERO).subtract(before.max(BigDecimal.ZERO));
          if (lots.signum() > 0) {
            credit(account, journal, lots);
          } else if (lots.signum() < 0) {
            debit(account, journal, lots.negate());
          }
        });
  }

  /** The wallet's lots with something left, for reading or taking. */
  List<CashbackLot> open(String userId, String currency) {
    return em.createQuery(
            "SELECT l FROM CashbackLot l WHERE l.userId = :user AND l.currency = :currency"
                + " AND l.remaining > 0",
            CashbackLot.class)
        .setParameter("user", userId)
        .setParameter("currency", currency)
        .getResultList();
  }

  /**
   * The wallet's lots with something left whose expiry has come: one indexed look on every lock of
   * an available balance, which finds nothing unless a lot is due.
   */
  List<CashbackLot> due(String userId, String currency, OffsetDateTime now) {
    return em.createQuery(
            "SELECT l FROM CashbackLot l WHERE l.userId = :user AND l.currency = :currency"
                + " AND l.remaining > 0 AND l.expiresAt <= :now",
            CashbackLot.class)
        .setParameter("user", userId)
        .setParameter("currency", currency)
        .setParameter("now", now)
        .getResultList();
  }

  /** Every lot of the learner, newest first. */
  List<CashbackLot> all(String userId) {
    return em.createQuery(
            "SELECT l FROM CashbackLot l WHERE l.userId = :user ORDER BY l.createdAt DESC, l.id DESC",
            CashbackLot.class)
        .setParameter("user", userId)
        .getResultList();
  }

  private void credit(LedgerAccount account, Journal journal, BigDecimal amount) {
    OffsetDateTime now = journal.getCreatedAt();
    ExpiryTerms terms = settings.expiryTerms();
    BigDecimal left = amount;
    JournalKind returned = RETURNS.get(journal.getKind());
    if (returned != null) {
      left = giveBack(account, journal, returned, left, now, terms.renewedUntil(now));
    }
    if (left.signum() > 0) {
      CashbackLot lot =
          new CashbackLot(
              account.getOwnerId(),
              Money.of(left, account.getCurrency()),
              journal.getTransactionId(),
              journal.getId(),
              now,
              terms.expiresAt(now, ownDays(journal, terms)));
      em.persist(lot);
    }
  }

  /**
   * Gives back to the lots that journals of this reference took from, the latest taken first;
   * returns what is left to give (more than they took, or they took before lots existed).
   */
  private BigDecimal giveBack(
      LedgerAccount account,
      Journal journal,
      JournalKind taking,
      BigDecimal amount,
      OffsetDateTime now,
      OffsetDateTime renewedUntil) {
    @SuppressWarnings("unchecked")
    List<Object[]> taken =
        em.createNativeQuery(
                "SELECT u.lot_id, SUM(u.amount) FROM cb_lot_use u JOIN cb_journal j ON j.id ="
                    + " u.journal_id JOIN cb_lot l ON l.id = u.lot_id WHERE j.reference = ? AND"
                    + " j.kind IN (?, ?) AND l.user_id = ? AND l.currency = ? GROUP BY u.lot_id"
                    + " HAVING SUM(u.amount) > 0 ORDER BY MAX(u.id) DESC")
            .setParameter(1, journal.getReference())
            .setParameter(2, taking.name())
            .setParameter(3, journal.getKind().name())
            .setParameter(4, account.getOwnerId())
            .setParameter(5, account.getCurrency())
            .getResultList();
    BigDecimal left = amount;
    for (Object[] row : taken) {
      if (left.signum() <= 0) {
        break;
      }
      CashbackLot lot = em.find(CashbackLot.class, ((Number) row[0]).longValue());
      BigDecimal part = left.min(new BigDecimal(row[1].toString()));
      lot.giveBack(part, now, renewedUntil);
      em.persist(new LotUse(lot, journal.getId(), part.negate()));
      left = left.subtract(part);
    }
    return left;
  }

  private void debit(LedgerAccount account, Journal journal, BigDecimal amount) {
    Predicate<CashbackLot> first = lot -> false;
    String reference = journal.getReference();
    if (journal.getKind() == JournalKind.EXPIRY && reference != null) {
      first = lot -> reference.equals(lot.expiryReference());
    } else if (journal.getTransactionId() != null) {
      Long transaction = journal.getTransactionId();
      first = lot -> Objects.equals(lot.getTransactionId(), transaction);
    }
    for (LotTaking.Part part :
        LotTaking.take(open(account.getOwnerId(), account.getCurrency()), amount, first)) {
      if (journal.getKind() == JournalKind.EXPIRY) {
        part.lot().expire(part.amount(), journal.getCreatedAt());
      } else {
        part.lot().take(part.amount());
      }
      em.persist(new LotUse(part.lot(), journal.getId(), part.amount()));
    }
  }

  /** A rule's, a network's or the referral programme's own expiry days, if it has them. */
  private Integer ownDays(Journal journal, ExpiryTerms terms) {
    if (journal.getTransactionId() == null || journal.getKind() != JournalKind.CONFIRMATION) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT t.source, r.expiry_days, n.expiry_days FROM cb_transaction t"
                    + " LEFT JOIN cb_rule r ON r.id = t.rule_id"
                    + " LEFT JOIN cb_network n ON n.id = t.network_id WHERE t.id = ?")
            .setParameter(1, journal.getTransactionId())
            .getResultList();
    if (found.isEmpty()) {
      return null;
    }
    Object[] row = found.get(0);
    if ("REFERRAL_BONUS".equals(row[0])) {
      return terms.referralDays();
    }
    Object days = row[1] != null ? row[1] : row[2];
    return days == null ? null : ((Number) days).intValue();
  }
}
