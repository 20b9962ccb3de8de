package dev.cashback.plugin.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The one way the plugin's configuration sections are read: the business terms ({@link
 * CashbackConfig}), the intake's timing and the mail server each extend this and read their keys in
 * {@link #read()}, each key's configured value or else its default from {@link ConfigKeys#DEFAULTS}
 * (where every default is written, once). {@link ConfigCheck} creates every section when the
 * application starts, so a value that cannot be read stops the deployment instead of the first
 * purchase.
 */
public abstract class ConfigSection {

  @Inject Config config;

  @PostConstruct
  void readOnce() {
    read();
  }

  /** Reads the section's keys into its fields; runs once, when the bean is created. */
  protected abstract void read();

  /** Nothing more to do: calling it creates the section, which reads (and so checks) its keys. */
  public void check() {}

  protected String text(String key) {
    return config.getOptionalValue(key, String.class).orElseGet(() -> defaultOf(key));
  }

  protected int integer(String key) {
    return config
        .getOptionalValue(key, Integer.class)
        .orElseGet(() -> Integer.valueOf(defaultOf(key)));
  }

  protected long longInteger(String key) {
    return config.getOptionalValue(key, Long.class).orElseGet(() -> Long.valueOf(defaultOf(key)));
  }

  protected BigDecimal decimal(String key) {
    return config
        .getOptionalValue(key, BigDecimal.class)
        .orElseGet(() -> new BigDecimal(defaultOf(key)));
  }

  protected boolean flag(String key) {
    return config
        .getOptionalValue(key, Boolean.class)
        .orElseGet(() -> Boolean.valueOf(defaultOf(key)));
  }

  /** A key whose default is "not set" (an empty default). */
  protected Optional<String> optional(String key) {
    return config.getOptionalValue(key, String.class);
  }

  private static String defaultOf(String key) {
    String value = ConfigKeys.DEFAULTS.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(key + " has no default in ConfigKeys.DEFAULTS");
    }
    return value;
  }
}
