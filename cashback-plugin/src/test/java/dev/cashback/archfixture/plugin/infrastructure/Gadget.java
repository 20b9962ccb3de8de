package dev.cashback.archfixture.plugin.infrastructure;

import dev.cashback.archfixture.plugin.interfaces.Page;

/** Infrastructure that reaches up into the interfaces. */
public class Gadget {
  public Page page;
}
