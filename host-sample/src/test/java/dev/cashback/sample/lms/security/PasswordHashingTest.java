package dev.cashback.sample.lms.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hashes carry their iteration count: older ones verify, and are known to be older. */
class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing(4_096, false);

  @Test
  void hash_verifiesItsPassword_only() {
    String hash = hashing.hash("correct horse".toCharArray());
    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:4096:");
    assertThat(hashing.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(hashing.verify("correct horsf".toCharArray(), hash)).isFalse();
  }

  @Test
  void aCheaperHash_stillVerifies_butIsNotCurrent() {
    String older = hashing.hash("correct horse".toCharArray(), 2_048);
    assertThat(hashing.verify("correct horse".toCharArray(), older)).isTrue();
    assertThat(hashing.needsRehash(older, "correct horse".toCharArray())).isTrue();
    String current = hashing.hash("correct horse".toCharArray());
    assertThat(hashing.needsRehash(current, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void thePublishedDemoPassword_keepsACheapHash_onADemoOnly() {
    char[] published = "demo1234".toCharArray();
    PasswordHashing onADemo = new PasswordHashing(4_096, true);
    String cheap = onADemo.hash(published);
    assertThat(cheap).startsWith("PBKDF2WithHmacSHA256:2048:");
    assertThat(onADemo.needsRehash(cheap, published)).isFalse();
    assertThat(onADemo.hash("demo12345".toCharArray())).startsWith("PBKDF2WithHmacSHA256:4096:");

    assertThat(hashing.hash(published)).startsWith("PBKDF2WithHmacSHA256:4096:");
    assertThat(hashing.needsRehash(cheap, published)).isTrue();
  }

  @Test
  void aBrokenHash_verifiesNothing() {
    for (String broken :
        new String[] {null, "", "plain", "MD5:1:AA==:AA==", "PBKDF2WithHmacSHA256:x:AA==:AA=="}) {
      assertThat(hashing.verify("anything".toCharArray(), broken)).as(broken).isFalse();
    }
  }
}
