package dev.cashback.plugin.application.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that are costly to make and never change, kept by key for every thread: formats and
 * templates per language. Keys may come from requests (a learner's language), so at most {@code
 * limit} are kept; past that a value is made for each call and not kept, which costs time but never
 * memory. A value made twice by two threads at once is harmless: both are equal.
 */
public final class KeptValues<K, V> {

  private final Map<K, V> kept = new ConcurrentHashMap<>();
  private final int limit;
  private final Function<K, V> make;

  public KeptValues(int limit, Function<K, V> make) {
    this.limit = limit;
    this.make = make;
  }

  /** The value kept for the key, made now (and kept while there is room) if there is none. */
  public V get(K key) {
    V value = kept.get(key);
    if (value == null) {
      value = make.apply(key);
      if (kept.size() < limit) {
        kept.putIfAbsent(key, value);
      }
    }
    return value;
  }

  /** How many values are kept. */
  int size() {
    return kept.size();
  }
}
