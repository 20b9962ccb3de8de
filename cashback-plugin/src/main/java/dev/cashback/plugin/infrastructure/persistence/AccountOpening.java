package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Opens a ledger account, committed at once in a transaction of its own: a race with another
 * opening of the same account then fails only this small transaction, never a grant.
 */
@ApplicationScoped
public class AccountOpening {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject DatabaseDialect dialect;

  @Transactional(TxType.REQUIRES_NEW)
  public void open(String owner, AccountKind kind, String currency) {
    insert(owner, kind, currency);
  }

  /** The same insert, in the caller's transaction (PostgreSQL only: it never fails there). */
  @Transactional(TxType.MANDATORY)
  public void insert(String owner, AccountKind kind, String currency) {
    long id =
        ((Number) em.createNativeQuery(dialect.nextValue("cb_account_seq")).getSingleResult())
            .longValue();
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
            .setParameter(4, id)
            .setParameter(5, kind.isLearnerAccount())
            .setParameter(6, BigDecimal.ZERO);
    if (!dialect.isPostgres()) {
      insert.setParameter(7, owner).setParameter(8, kind.name()).setParameter(9, currency);
    }
    insert.executeUpdate();
  }
}
