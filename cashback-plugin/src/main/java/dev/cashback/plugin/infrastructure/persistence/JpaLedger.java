package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.domain.wallet.SpendReturn;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger on the plugin's tables. Accounts are opened on first use, in a transaction of their
 * own, so two first purchases of one learner never fail each other.
 */
@ApplicationScoped
public class JpaLedger implements Ledger {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject ChangeEvents events;
  @Inject DatabaseDialect dialect;
  @Inject AccountOpening accounts;
  @Inject JpaLots lots;
  @Inject TimeSource clock;

  @Override
  public LedgerAccount learnerAccountForUpdate(String userId, AccountKind kind, String currency) {
    if (!kind.isLearnerAccount()) {
      throw new IllegalArgumentException(kind + " is not a learner account");
    }
    LedgerAccount account = account(userId, kind, currency, LockModeType.PESSIMISTIC_WRITE);
    if (kind == AccountKind.AVAILABLE) {
      expireDue(account);
    }
    return account;
  }

  @Override
  public List<LedgerAccount> lockPendingAccounts(
      SortedSet<String> userIds, Set<String> currencies) {
    if (userIds.isEmpty() || currencies.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.ownerId IN :owners AND a.kind = :kind"
                + " AND a.currency IN :currencies ORDER BY a.ownerId, a.currency",
            LedgerAccount.class)
        .setParameter("owners", List.copyOf(userIds))
        .setParameter("kind", AccountKind.PENDING)
        .setParameter("currencies", List.copyOf(currencies))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * Whoever takes a wallet's lock first sees its expired lots leave it, so a spend, a payout or a
   * clawback a moment after a lot's expiry never takes from it, whether the expiry job has run yet
   * or not.
   */
  private void expireDue(LedgerAccount available) {
    OffsetDateTime now = clock.now();
    for (CashbackLot lot : lots.due(available.getOwnerId(), available.getCurrency(), now)) {
      Money left = lot.remaining();
      if (left.compareTo(available.balance()) > 0) {
        left = available.balance(); // a wallet whose lots outgrew it: the ledger check says so
      }
      if (left.isPositive()) {
        post(
            new Journal(JournalKind.EXPIRY, null, lot.expiryReference(), now)
                .move(available, platformAccount(AccountKind.EXPIRED, left.currencyCode()), left));
        events.expired(lot, left, now);
      }
    }
  }

  @Override
  public List<CashbackLot> lots(String userId) {
    return lots.all(userId);
  }

  private static final java.util.Set<AccountKind> OPENED_IN_TRANSACTION =
      java.util.EnumSet.of(
          AccountKind.REDEEMED, AccountKind.PAID_OUT, AccountKind.DONATION, AccountKind.EXPIRED);

  /** Platform account ids by kind and currency: they never change once opened. */
  private final Map<String, Long> platformIds = new ConcurrentHashMap<>();

  @Override
  public LedgerAccount platformAccount(AccountKind kind, String currency) {
    if (kind.isLearnerAccount()) {
      throw new IllegalArgumentException(kind + " is not a platform account");
    }
    Long id = platformIds.get(kind + "/" + currency);
    if (id != null) {
      return em.getReference(LedgerAccount.class, id);
    }
    LedgerAccount account = account(LedgerAccount.PLATFORM, kind, currency, LockModeType.NONE);
    platformIds.put(kind + "/" + currency, account.getId());
    return account;
  }

  private LedgerAccount account(
      String owner, AccountKind kind, String currency, LockModeType lock) {
    List<LedgerAccount> found = find(owner, kind, currency, lock);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    try {
      if (OPENED_IN_TRANSACTION.contains(kind) && dialect.isPostgres()) {
        // Spends and payouts open these while holding a learner's wallet lock: opened in this
        // transaction, on its connection, they never wait for a second pooled connection (every
        // one may be held by a transaction waiting for that lock). ON CONFLICT makes a concurrent
        // opening wait, never fail. Grants keep opening theirs in a transaction of their own.
        accounts.insert(owner, kind, currency);
      } else {
        accounts.open(owner, kind, currency);
      }
    } catch (RuntimeException raced) {
      // Another transaction opened the same account a moment ago: it exists now.
    }
    return find(owner, kind, currency, lock).get(0);
  }

  private List<LedgerAccount> find(
      String owner, AccountKind kind, String currency, LockModeType lock) {
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.ownerId = :owner AND a.kind = :kind"
                + " AND a.currency = :currency",
            LedgerAccount.class)
        .setParameter("owner", owner)
        .setParameter("kind", kind)
        .setParameter("currency", currency)
        .setLockMode(lock)
        .getResultList();
  }

  @Override
  public List<LedgerAccount> learnerAccounts(String userId) {
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.ownerId = :owner ORDER BY a.currency, a.kind",
            LedgerAccount.class)
        .setParameter("owner", userId)
        .getResultList();
  }

  @Override
  public void post(Journal journal) {
    if (journal.isEmpty()) {
      return;
    }
    if (journal.sum().signum() != 0) {
      throw new IllegalStateException("an unbalanced journal must never be posted");
    }
    em.persist(journal);
    lots.follow(journal);
  }

  @Override
  public Money spentOn(String userId, String reference, String currency) {
    BigDecimal taken =
        em.createQuery(
                "SELECT SUM(e.amount) FROM LedgerEntry e WHERE e.journal.kind = :kind"
                    + " AND e.journal.reference = :reference AND e.account.ownerId = :user"
                    + " AND e.account.kind = :available AND e.account.currency = :currency",
                BigDecimal.class)
            .setParameter("kind", JournalKind.SPEND)
            .setParameter("reference", reference)
            .setParameter("user", userId)
            .setParameter("available", AccountKind.AVAILABLE)
            .setParameter("currency", currency)
            .getSingleResult();
    // Spending debits the available account: its entries are negative.
    return Money.of(taken == null ? BigDecimal.ZERO : taken.negate(), currency);
  }

  @Override
  public boolean hasSpendReturn(String refundId) {
    return em.find(SpendReturn.class, refundId) != null;
  }

  @Override
  public List<SpendReturn> spendReturns(String purchaseId) {
    return em.createQuery(
            "SELECT r FROM SpendReturn r WHERE r.purchaseId = :purchase", SpendReturn.class)
        .setParameter("purchase", purchaseId)
        .getResultList();
  }

  @Override
  public void add(SpendReturn spendReturn) {
    em.persist(spendReturn);
  }
}
