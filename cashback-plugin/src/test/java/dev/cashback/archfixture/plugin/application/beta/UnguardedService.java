package dev.cashback.archfixture.plugin.application.beta;

import dev.cashback.archfixture.plugin.api.HostService;

/** Serves the host without marking itself as a host entry. */
public class UnguardedService implements HostService {
  @Override
  public void serve() {}
}
