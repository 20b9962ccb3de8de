package dev.cashback.plugin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedEmailTest {

  @Test
  void keepsTwoLettersOfTheMailboxAndTheDomain() {
    assertThat(MaskedEmail.of("anna.lee@example.com")).isEqualTo("an***@example.com");
    assertThat(MaskedEmail.of(" Bert@Example.org ")).isEqualTo("Be***@Example.org");
  }

  @Test
  void shortMailboxes_andTextWithoutAnAt_showLess() {
    assertThat(MaskedEmail.of("bob@example.com")).isEqualTo("b***@example.com");
    assertThat(MaskedEmail.of("@example.com")).isEqualTo("***@example.com");
    assertThat(MaskedEmail.of("lena")).isEqualTo("le***");
    assertThat(MaskedEmail.of(null)).isEqualTo("***");
  }
}
