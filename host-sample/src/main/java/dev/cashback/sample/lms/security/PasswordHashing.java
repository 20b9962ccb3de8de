package dev.cashback.sample.lms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Passwords stored as PBKDF2-HMAC-SHA256 at OWASP's current figure ({@value #OWASP_ITERATIONS}
 * iterations; more with {@value #ITERATIONS}), in the encoding Jakarta Security's {@code
 * Pbkdf2PasswordHash} uses ({@code algorithm:iterations:salt:hash}, Base64). Each hash carries its
 * own iteration count, so hashes made at an older, cheaper count still verify and are replaced on
 * the next sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final String ITERATIONS = "lms.signin.pbkdf2-iterations";

  /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
  static final int OWASP_ITERATIONS = 600_000;

  /**
   * What the published demo password is hashed with on a demo: its hash protects nothing, and the
   * demo and the tests sign in with it many times (each sign-in at OWASP's cost takes ~0.5 s).
   */
  static final int DEMO_ITERATIONS = 2_048;

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private int iterations = OWASP_ITERATIONS;
  private boolean demo;
  private volatile String unknownUserHash;

  public PasswordHashing() {}

  PasswordHashing(int iterations, boolean demo) {
    this.iterations = iterations;
    this.demo = demo;
  }

  @PostConstruct
  void readIterations() {
    int configured =
        ConfigProvider.getConfig()
            .getOptionalValue(ITERATIONS, Integer.class)
            .orElse(OWASP_ITERATIONS);
    if (configured < OWASP_ITERATIONS) {
      LOG.warning(
          ITERATIONS + "=" + configured + " is below OWASP's " + OWASP_ITERATIONS + "; using it");
    }
    iterations = Math.max(configured, OWASP_ITERATIONS);
    demo = DemoMode.on();
    // Made now, so the first unknown user name is not slower than the ones after it.
    unknownUserHash = hash("no account has this password".toCharArray());
  }

  /** The hash to store for a password: at today's cost, or cheap for the demo's published one. */
  public String hash(char[] password) {
    return hash(password, isPublishedDemoPassword(password) ? DEMO_ITERATIONS : iterations);
  }

  String hash(char[] password, int iterationCount) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterationCount
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(pbkdf2(password, salt, iterationCount, KEY_BYTES));
  }

  /** Whether {@code password} is the one {@code stored} was made from; false for a bad encoding. */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int count = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return count > 0
          && expected.length > 0
          && MessageDigest.isEqual(pbkdf2(password, salt, count, expected.length), expected);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether {@code stored}, just verified with {@code password}, should be replaced by a hash at
   * today's cost: it is older and cheaper (or of another algorithm), unless it is the demo's.
   */
  public boolean needsRehash(String stored, char[] password) {
    if (isPublishedDemoPassword(password)) {
      return false;
    }
    String[] parts = stored.split(":");
    try {
      return parts.length != 4
          || !ALGORITHM.equals(parts[0])
          || Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Only on a declared demo; off a demo the server refuses to start while it is in use. */
  private boolean isPublishedDemoPassword(char[] password) {
    return demo && Arrays.equals(password, DemoMode.PASSWORD.toCharArray());
  }

  /**
   * Spends as long as checking a real account's password, for a user name with no account, so the
   * answer's timing does not tell which names exist.
   */
  public void verifyForUnknownUser(char[] password) {
    if (unknownUserHash == null) {
      unknownUserHash = hash("no account has this password".toCharArray());
    }
    verify(password, unknownUserHash);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterationCount, int keyBytes) {
    try {
      return SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(password, salt, iterationCount, keyBytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
