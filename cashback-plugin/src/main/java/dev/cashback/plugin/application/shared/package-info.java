/**
 * What every use case shares: the caller and their roles (CurrentUser); the configuration keys with
 * their defaults (ConfigKeys), the one way configuration is read and checked at start-up
 * (ConfigSection, ConfigCheck) and the business terms read that way (CashbackConfig); the ports
 * infrastructure implements for every feature (TimeSource, Metrics); and the exceptions that tell
 * pages and the API whose fault a failure is.
 */
package dev.cashback.plugin.application.shared;
