package dev.cashback.plugin.application.shared;

/** The request clashes with what is already recorded, such as a reused idempotency key. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
