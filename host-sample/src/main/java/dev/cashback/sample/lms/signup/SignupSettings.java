package dev.cashback.sample.lms.signup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up and verification limits (keys under {@code lms.signup.}; the README lists them). */
@ApplicationScoped
public class SignupSettings {

  @Inject
  @ConfigProperty(name = "lms.signup.email-link-hours", defaultValue = "24")
  int emailLinkHours;

  @Inject
  @ConfigProperty(name = "lms.signup.email-resend-seconds", defaultValue = "60")
  int emailResendSeconds;

  @Inject
  @ConfigProperty(name = "lms.signup.otp-minutes", defaultValue = "10")
  int otpMinutes;

  @Inject
  @ConfigProperty(name = "lms.signup.otp-resend-seconds", defaultValue = "60")
  int otpResendSeconds;

  @Inject
  @ConfigProperty(name = "lms.signup.otp-max-attempts", defaultValue = "5")
  int otpMaxAttempts;

  @Inject
  @ConfigProperty(name = "lms.signup.otp-max-per-day", defaultValue = "10")
  int otpMaxPerDay;

  /** The address links in messages start with; without it, the address of the request. */
  @Inject
  @ConfigProperty(name = "lms.public-url")
  Optional<String> publicUrl;

  public Duration emailLinkValidity() {
    return Duration.ofHours(emailLinkHours);
  }

  public Duration emailResendDelay() {
    return Duration.ofSeconds(emailResendSeconds);
  }

  public Duration otpValidity() {
    return Duration.ofMinutes(otpMinutes);
  }

  public Duration otpResendDelay() {
    return Duration.ofSeconds(otpResendSeconds);
  }

  public int otpMaxAttempts() {
    return otpMaxAttempts;
  }

  public int otpMaxPerDay() {
    return otpMaxPerDay;
  }

  public Optional<String> publicUrl() {
    return publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }
}
