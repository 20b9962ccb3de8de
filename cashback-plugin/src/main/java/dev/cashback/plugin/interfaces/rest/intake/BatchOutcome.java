package dev.cashback.plugin.interfaces.rest.intake;

import java.util.Map;

/**
 * What a batch did with one of its events, in the batch's order: {@code accepted} (applied once, in
 * the background), {@code duplicate} (accepted before, or earlier in the same batch: nothing more
 * happens) or {@code refused} ({@code problems} by field; nothing stored).
 *
 * @param id the purchase id (or refund id) as sent; null when it could not be read
 */
public record BatchOutcome(int index, String id, String status, Map<String, String> problems) {

  static final String ACCEPTED = "accepted";
  static final String DUPLICATE = "duplicate";
  static final String REFUSED = "refused";

  static BatchOutcome refused(int index, String id, Map<String, String> problems) {
    return new BatchOutcome(index, id, REFUSED, problems);
  }
}
