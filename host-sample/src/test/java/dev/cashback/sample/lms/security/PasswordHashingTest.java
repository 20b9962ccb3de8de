package dev.cashback.sample.lms.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hashes carry their iteration count: older ones verify, and are known to be older. */
class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing(4_096);

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
    assertThat(hashing.isCurrent(older)).isFalse();
    assertThat(hashing.isCurrent(hashing.hash("correct horse".toCharArray()))).isTrue();
  }

  @Test
  void aBrokenHash_verifiesNothing() {
    for (String broken :
        new String[] {null, "", "plain", "MD5:1:AA==:AA==", "PBKDF2WithHmacSHA256:x:AA==:AA=="}) {
      assertThat(hashing.verify("anything".toCharArray(), broken)).as(broken).isFalse();
    }
  }
}
