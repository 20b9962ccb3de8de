package dev.cashback.sample.lms.signup;

/**
 * Input the platform refuses, named by the form field it concerns and a key of the host's message
 * bundle. Being unchecked, it rolls the transaction back, so nothing is kept.
 */
public class SignupProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public SignupProblem(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments;
  }
}
