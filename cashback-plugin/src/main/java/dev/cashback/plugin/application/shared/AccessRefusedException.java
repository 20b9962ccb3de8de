package dev.cashback.plugin.application.shared;

/** The caller may not see or do this; checked on the server whatever the page showed. */
public class AccessRefusedException extends RuntimeException {

  public AccessRefusedException(String message) {
    super(message);
  }
}
