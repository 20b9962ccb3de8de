package dev.cashback.archfixture.plugin.application.alpha;

import dev.cashback.archfixture.plugin.application.beta.Beta;

/** One half of a cycle between two features. */
public class Alpha {
  public Beta beta;
}
