package dev.cashback.plugin.application.shared;

import java.util.Map;

/** Input that cannot be accepted, with a message for people per offending field. */
public class InvalidInputException extends RuntimeException {

  private final transient Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super(String.join(" ", fieldErrors.values()));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public InvalidInputException(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
