package dev.cashback.plugin.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * What a JTA transaction read once and keeps for the rest of it (the rules in force, the webhook
 * endpoints), kept among the transaction's resources so it goes with the transaction. Outside a
 * transaction nothing is kept and every call reads afresh.
 */
@ApplicationScoped
public class TransactionResources {

  /**
   * Put in a value's place once the transaction changed what it was read from (not null: a runtime
   * may keep the resources in a map that refuses it).
   */
  private static final Object READ_AGAIN = new Object();

  @Resource TransactionSynchronizationRegistry registry;

  /** The value the transaction kept under this key, or {@code read}'s, then kept. */
  public <T> T keep(String key, Class<T> type, Supplier<T> read) {
    if (!inTransaction()) {
      return read.get();
    }
    Object kept = registry.getResource(key);
    if (type.isInstance(kept)) {
      return type.cast(kept);
    }
    T value = read.get();
    registry.putResource(key, value);
    return value;
  }

  /** The transaction changed what the key's value was read from: the next call reads it again. */
  public void readAgain(String key) {
    if (inTransaction()) {
      registry.putResource(key, READ_AGAIN);
    }
  }

  /** Notes that the transaction did what the key names (changed the rules, say). */
  public void note(String key) {
    if (inTransaction()) {
      registry.putResource(key, Boolean.TRUE);
    }
  }

  /** Whether the transaction noted the key; never outside a transaction. */
  public boolean noted(String key) {
    return inTransaction() && Boolean.TRUE.equals(registry.getResource(key));
  }

  private boolean inTransaction() {
    return registry != null && registry.getTransactionKey() != null;
  }
}
