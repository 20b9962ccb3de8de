/**
 * Classes that break each layer rule on purpose, for {@code LayerRulesBiteTest}: the rules must
 * fail on them. Outside the plugin's packages, so the real rules never see them.
 */
package dev.cashback.archfixture;
