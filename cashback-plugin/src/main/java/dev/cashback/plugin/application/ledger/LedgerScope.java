package dev.cashback.plugin.application.ledger;

import java.time.OffsetDateTime;

/**
 * What an incremental check examines: the journals with an entry newer than {@code afterEntryId}
 * (entry ids only grow) and, because ids are handed out in blocks per node and a transaction may
 * commit after a newer one, also every journal written from {@code journalsFrom} on.
 */
public record LedgerScope(long afterEntryId, OffsetDateTime journalsFrom) {}
