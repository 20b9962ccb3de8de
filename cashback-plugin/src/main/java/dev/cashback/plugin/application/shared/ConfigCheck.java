package dev.cashback.plugin.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/**
 * Reads every {@link ConfigSection} when the application starts: a value that cannot be read (a
 * number that is not one) fails the deployment, as a misconfigured {@code @ConfigProperty} would.
 */
@ApplicationScoped
public class ConfigCheck {

  void atStartup(
      @Observes @Initialized(ApplicationScoped.class) Object started,
      @Any Instance<ConfigSection> sections) {
    sections.forEach(ConfigSection::check);
  }
}
