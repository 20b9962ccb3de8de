package dev.cashback.archfixture.plugin.application.beta;

import dev.cashback.archfixture.plugin.api.Contract;
import jakarta.enterprise.event.Observes;

/** Observes a host event without marking itself as a host entry. */
public class UnguardedObserver {
  void on(@Observes Contract event) {}
}
