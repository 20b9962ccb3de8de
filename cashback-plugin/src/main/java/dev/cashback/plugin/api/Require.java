package dev.cashback.plugin.api;

import java.math.BigDecimal;
import java.util.List;

/** Argument checks shared by the contract's records, so a malformed event fails at the host. */
final class Require {

  private Require() {}

  static String text(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  static String currency(String value) {
    if (value == null || !value.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD");
    }
    return value;
  }

  /** Digits an amount may have before and after the point before anything is computed with it. */
  private static final int DIGITS = 30;

  static BigDecimal notNegative(BigDecimal value, String name) {
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException(name + " must be zero or more");
    }
    // Refused before any arithmetic: 1E+999999999 is one digit, but a billion once anything is
    // added to it, and the records add.
    if (value.scale() > DIGITS || value.precision() - value.scale() > DIGITS) {
      throw new IllegalArgumentException(name + " is out of range");
    }
    return value;
  }

  static <T> List<T> notEmpty(List<T> values, String name) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return List.copyOf(values);
  }
}
