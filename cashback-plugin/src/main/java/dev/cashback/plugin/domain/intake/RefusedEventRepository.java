package dev.cashback.plugin.domain.intake;

import java.util.List;

/** Where refused events are kept; added, never changed. */
public interface RefusedEventRepository {

  void add(RefusedEvent event);

  /**
   * Refused events, newest first, of {@code kind} (any when null) whose event, purchase, user or
   * click id starts with {@code text}, in any case (any when null or blank).
   */
  List<RefusedEvent> search(RefusedEvent.Kind kind, String text, int first, int max);

  long count(RefusedEvent.Kind kind, String text);
}
