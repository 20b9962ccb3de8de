package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** The ledger on the plugin's tables. Accounts are created on first use without races. */
@ApplicationScoped
public class JpaLedger implements Ledger {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject DatabaseDialect dialect;

  @Override
  public LedgerAccount learnerAccountForUpdate(String userId, AccountKind kind, String currency) {
    if (!kind.isLearnerAccount()) {
      throw new IllegalArgumentException(kind + " is not a learner account");
    }
    return account(userId, kind, currency, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public LedgerAccount platformAccount(AccountKind kind, String currency) {
    if (kind.isLearnerAccount()) {
      throw new IllegalArgumentException(kind + " is not a platform account");
    }
    return account(LedgerAccount.PLATFORM, kind, currency, LockModeType.NONE);
  }

  private LedgerAccount account(
      String owner, AccountKind kind, String currency, LockModeType lock) {
    List<LedgerAccount> found = find(owner, kind, currency, lock);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    var insert =
        em.createNativeQuery(
                dialect.insertIfAbsent(
                    "cb_account",
                    List.of("owner_id", "kind", "currency"),
                    "id",
                    "materialised",
                    "balance"))
            .setParameter(1, owner)
            .setParameter(2, kind.name())
            .setParameter(3, currency)
            .setParameter(4, nextId())
            .setParameter(5, kind.isLearnerAccount())
            .setParameter(6, BigDecimal.ZERO);
    if (!dialect.isPostgres()) {
      insert.setParameter(7, owner).setParameter(8, kind.name()).setParameter(9, currency);
    }
    insert.executeUpdate();
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

  private long nextId() {
    return ((Number) em.createNativeQuery(dialect.nextValue("cb_account_seq")).getSingleResult())
        .longValue();
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
  }
}
