package dev.cashback.archfixture.plugin.application.alpha;

import dev.cashback.archfixture.plugin.infrastructure.Gadget;

/** A use case that uses an infrastructure class instead of a port. */
public class ReachesIntoInfrastructure {
  public Gadget gadget;
}
