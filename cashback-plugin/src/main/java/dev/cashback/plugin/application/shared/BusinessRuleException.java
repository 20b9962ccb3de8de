package dev.cashback.plugin.application.shared;

/**
 * Input that is well formed but breaks a rule of the business, such as refunding more cashback than
 * is left. Pages show it beside the field like any invalid input; the API answers 422 rather than
 * 400, so a client can tell a malformed request from one the business refuses.
 */
public class BusinessRuleException extends InvalidInputException {

  public BusinessRuleException(String field, String message) {
    super(field, message);
  }
}
