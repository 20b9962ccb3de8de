package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.PlainText;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A detail a learner gives for a payout method, each with its own check, so a PayPal payout never
 * goes to something that is not an e-mail address and a bank transfer never to a mistyped IBAN.
 */
public enum PayoutField {
  PAYPAL_EMAIL("PayPal e-mail"),
  VOUCHER_EMAIL("E-mail for the voucher"),
  UPI_ID("UPI id"),
  IBAN("IBAN"),
  ACCOUNT_HOLDER("Account holder"),
  ACCOUNT_NUMBER("Account number"),
  BANK_CODE("Bank code (IFSC, SWIFT/BIC or sort code)"),
  NOTE("Details");

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");
  private static final Pattern UPI = Pattern.compile("[A-Za-z0-9._-]{2,64}@[A-Za-z]{2,32}");
  private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{6,20}");
  private static final Pattern BANK = Pattern.compile("[A-Z0-9]{4,11}");

  private final String label;

  PayoutField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value as stored (trimmed; IBAN and bank codes without spaces, upper case). */
  public String normalise(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return switch (this) {
      case IBAN, BANK_CODE -> trimmed.replace(" ", "").toUpperCase(Locale.ROOT);
      case PAYPAL_EMAIL, VOUCHER_EMAIL -> trimmed.toLowerCase(Locale.ROOT);
      default -> trimmed;
    };
  }

  /** What is wrong with the (normalised) value, or null when it will do. */
  public String problem(String value) {
    if (value == null || value.isBlank()) {
      return "Give the " + label + ".";
    }
    if (value.length() > 300 || !PlainText.isPlain(value)) {
      return "The " + label + " is not valid.";
    }
    boolean valid =
        switch (this) {
          case PAYPAL_EMAIL, VOUCHER_EMAIL -> EMAIL.matcher(value).matches();
          case UPI_ID -> UPI.matcher(value).matches();
          case IBAN -> IBAN_SHAPE.matcher(value).matches() && ibanChecksumHolds(value);
          case ACCOUNT_NUMBER -> DIGITS.matcher(value).matches();
          case BANK_CODE -> BANK.matcher(value).matches();
          case ACCOUNT_HOLDER -> value.length() >= 2 && value.length() <= 100;
          case NOTE -> true;
        };
    return valid ? null : "The " + label + " is not valid.";
  }

  /** ISO 13616: the country and check digits moved to the end, as a number, modulo 97 is 1. */
  private static boolean ibanChecksumHolds(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
