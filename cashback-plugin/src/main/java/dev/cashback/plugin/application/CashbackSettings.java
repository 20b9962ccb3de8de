package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.accrual.ClawbackPolicy;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The business settings, read once from configuration and checked at start-up. */
@ApplicationScoped
public class CashbackSettings {

  @Inject
  @ConfigProperty(name = ConfigKeys.HOLD_DAYS, defaultValue = ConfigKeys.HOLD_DAYS_DEFAULT)
  int holdDays;

  @Inject
  @ConfigProperty(name = ConfigKeys.TIMEZONE, defaultValue = ConfigKeys.TIMEZONE_DEFAULT)
  String timezone;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.CLAWBACK_POLICY,
      defaultValue = ConfigKeys.CLAWBACK_POLICY_DEFAULT)
  String clawbackPolicy;

  @Inject
  @ConfigProperty(name = ConfigKeys.STACKING, defaultValue = ConfigKeys.STACKING_DEFAULT)
  String stacking;

  public int holdDays() {
    return holdDays;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public ClawbackPolicy clawbackPolicy() {
    return ClawbackPolicy.of(clawbackPolicy);
  }

  public StackingPolicy stacking() {
    return StackingPolicy.valueOf(stacking.strip().toUpperCase());
  }
}
