package dev.cashback.plugin.api;

/**
 * Makes payouts: a payment network, a voucher shop, or a person. A host may add providers as CDI
 * beans; a payout method names the provider that pays it by {@link #id()}. The plugin's own {@code
 * manual} provider is an admin who pays outside the system and types the reference.
 *
 * <p>{@link #pay} is called once per payout; a provider that cannot tell whether the money left (a
 * timeout, a dropped connection) must answer {@link PayoutResult.Outcome#UNKNOWN}, and the plugin
 * then holds the payout until an admin reconciles it instead of paying it again.
 */
public interface PayoutProvider {

  String id();

  PayoutResult pay(PayoutInstruction instruction);
}
