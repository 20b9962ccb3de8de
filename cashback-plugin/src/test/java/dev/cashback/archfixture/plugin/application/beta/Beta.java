package dev.cashback.archfixture.plugin.application.beta;

import dev.cashback.archfixture.plugin.application.alpha.Alpha;

/** The other half of a cycle between two features. */
public class Beta {
  public Alpha alpha;
}
