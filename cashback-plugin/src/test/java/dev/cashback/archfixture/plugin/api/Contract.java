package dev.cashback.archfixture.plugin.api;

import dev.cashback.archfixture.plugin.domain.Entity;

/** An api type that exposes a domain class to the host. */
public class Contract {
  public Entity entity;
}
