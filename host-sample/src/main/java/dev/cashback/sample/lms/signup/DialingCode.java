package dev.cashback.sample.lms.signup;

import java.util.List;
import java.util.Optional;

/** A country's international dialling code, as the phone form offers them. */
public record DialingCode(String country, String name, String code) {

  /** The countries offered; a platform with more customers elsewhere extends the list. */
  public static final List<DialingCode> ALL =
      List.of(
          new DialingCode("AU", "Australia", "+61"),
          new DialingCode("BR", "Brazil", "+55"),
          new DialingCode("CA", "Canada", "+1"),
          new DialingCode("FR", "France", "+33"),
          new DialingCode("DE", "Germany", "+49"),
          new DialingCode("IN", "India", "+91"),
          new DialingCode("IT", "Italy", "+39"),
          new DialingCode("JP", "Japan", "+81"),
          new DialingCode("MX", "Mexico", "+52"),
          new DialingCode("NL", "Netherlands", "+31"),
          new DialingCode("NG", "Nigeria", "+234"),
          new DialingCode("SG", "Singapore", "+65"),
          new DialingCode("ZA", "South Africa", "+27"),
          new DialingCode("ES", "Spain", "+34"),
          new DialingCode("AE", "United Arab Emirates", "+971"),
          new DialingCode("GB", "United Kingdom", "+44"),
          new DialingCode("US", "United States", "+1"));

  public static Optional<DialingCode> of(String country) {
    return ALL.stream().filter(c -> c.country().equals(country)).findFirst();
  }

  public String label() {
    return name + " (" + code + ")";
  }
}
