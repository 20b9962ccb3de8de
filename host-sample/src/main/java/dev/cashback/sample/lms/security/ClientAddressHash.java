package dev.cashback.sample.lms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the platform hands on instead of a client's address: an HMAC-SHA256 under the secret {@value
 * #SECRET}. The self-referral checks only compare addresses, which a keyed hash still allows, while
 * a plain hash of an IPv4 address is reversed by trying all 2^32 of them. The secret must outlive
 * restarts (a new one would make every earlier address look new), so a server that is not a
 * declared demo refuses to start without one; the demo uses a published default.
 */
@ApplicationScoped
public class ClientAddressHash {

  public static final String SECRET = "lms.client-address.secret";
  static final String DEMO_SECRET = "demo-client-address-secret";
  static final int MIN_SECRET_LENGTH = 32;
  private static final String HMAC = "HmacSHA256";

  private SecretKeySpec key;

  public ClientAddressHash() {}

  ClientAddressHash(String secret) {
    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
  }

  @PostConstruct
  void readSecret() {
    key =
        new ClientAddressHash(
                secret(
                    ConfigProvider.getConfig().getOptionalValue(SECRET, String.class),
                    DemoMode.on()))
            .key;
  }

  /** The keyed hash of {@code address} in hex; null stays null (no address known). */
  public String of(String address) {
    if (address == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The secret to use: the configured one, or the demo default in a demo; refused (with the reason)
   * when missing, too short or the published demo default outside a demo.
   */
  public static String secret(Optional<String> configured, boolean demo) {
    String secret = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (secret == null) {
      if (demo) {
        return DEMO_SECRET;
      }
      throw new IllegalStateException(
          SECRET
              + " is not set: give it a random value of at least "
              + MIN_SECRET_LENGTH
              + " characters, kept across restarts");
    }
    if (!demo && secret.equals(DEMO_SECRET)) {
      throw new IllegalStateException(
          SECRET + " is the published demo value, on a server that is not a demo");
    }
    if (!demo && secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          SECRET + " is shorter than " + MIN_SECRET_LENGTH + " characters");
    }
    return secret;
  }
}
