package dev.cashback.sample.lms;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The platform's persistence context for the in-container tests, as a CDI bean: test classes get it
 * with {@code @Inject}, which every runtime's test runner honours, where a
 * {@code @PersistenceContext} field in a test class is filled by Payara's only.
 */
@Dependent
public class TestPersistence {

  @Produces
  @PersistenceContext(unitName = "lms")
  EntityManager lms;
}
