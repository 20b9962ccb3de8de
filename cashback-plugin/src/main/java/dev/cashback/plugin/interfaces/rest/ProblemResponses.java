package dev.cashback.plugin.interfaces.rest;

/**
 * Names of the shared error responses declared on {@link CashbackApi}, for resources to refer to.
 */
final class ProblemResponses {

  static final String INVALID_INPUT = "#/components/responses/InvalidInput";
  static final String NOT_SIGNED_IN = "#/components/responses/NotSignedIn";
  static final String FORBIDDEN = "#/components/responses/Forbidden";
  static final String NOT_FOUND = "#/components/responses/NotFound";
  static final String CONFLICT = "#/components/responses/Conflict";
  static final String BUSINESS_RULE = "#/components/responses/BusinessRule";

  private ProblemResponses() {}
}
