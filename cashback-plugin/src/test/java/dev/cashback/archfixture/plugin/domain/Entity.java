package dev.cashback.archfixture.plugin.domain;

import dev.cashback.archfixture.plugin.application.beta.Beta;

/** A domain class that reaches up into the application. */
public class Entity {
  public Beta useCase;
}
