package dev.cashback.plugin.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionalApisTest {

  @Test
  void aRuntimeWithEveryApi_hearsNothing() {
    // The build compiles against all of MicroProfile, so every optional API is here.
    List<String> said = new ArrayList<>();
    OptionalApis.reportMissing(said::add);
    assertThat(said).isEmpty();
  }

  @Test
  void anApiWhoseClassTheRuntimeLacks_isNotAvailable() {
    assertThat(OptionalApis.available("org.eclipse.microprofile.metrics.MetricRegistry")).isTrue();
    assertThat(OptionalApis.available("org.eclipse.microprofile.nothing.Here")).isFalse();
  }
}
