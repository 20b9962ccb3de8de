package dev.cashback.plugin.application.shared;

/** Nobody is signed in, and what was asked needs a caller: sign in first. */
public class NotSignedInException extends AccessRefusedException {

  public NotSignedInException() {
    super("Please sign in.");
  }
}
