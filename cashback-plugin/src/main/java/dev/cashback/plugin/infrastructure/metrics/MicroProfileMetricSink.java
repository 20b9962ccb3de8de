package dev.cashback.plugin.infrastructure.metrics;

import dev.cashback.plugin.infrastructure.config.OptionalApis;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The runtime's MicroProfile Metrics registry. This is the only class that names the Metrics API,
 * and it is loaded only once the API was found, so a runtime without it never sees the type.
 */
final class MicroProfileMetricSink implements MetricSink {

  private static final String API = "org.eclipse.microprofile.metrics.MetricRegistry";

  private final MetricRegistry registry;

  private MicroProfileMetricSink(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * The runtime's registry, when the runtime has the API and serves the registry. Looked up through
   * an injected {@code Instance}: a registry producer may read its injection point, which a lookup
   * through {@code CDI.current()} does not have (Payara's fails on it).
   */
  static Optional<MetricSink> find(Instance<Object> beans) {
    if (!OptionalApis.available(API)) {
      return Optional.empty();
    }
    var registries = beans.select(MetricRegistry.class);
    return registries.isResolvable()
        ? Optional.of(new MicroProfileMetricSink(registries.get()))
        : Optional.empty();
  }

  @Override
  public void count(String name, String description, long by) {
    registry
        .counter(Metadata.builder().withName(name).withDescription(description).build())
        .inc(by);
  }

  @Override
  public void time(String name, String description, Duration took) {
    registry
        .timer(
            Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(MetricUnits.NANOSECONDS)
                .build())
        .update(took);
  }
}
