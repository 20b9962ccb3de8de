package dev.cashback.plugin.interfaces.rest.shared;

/**
 * Names of the shared error responses declared on {@link CashbackApi}, for resources to refer to.
 */
public final class ProblemResponses {

  public static final String INVALID_INPUT = "#/components/responses/InvalidInput";
  public static final String NOT_SIGNED_IN = "#/components/responses/NotSignedIn";
  public static final String FORBIDDEN = "#/components/responses/Forbidden";
  public static final String NOT_FOUND = "#/components/responses/NotFound";
  public static final String CONFLICT = "#/components/responses/Conflict";
  public static final String BUSINESS_RULE = "#/components/responses/BusinessRule";

  private ProblemResponses() {}
}
