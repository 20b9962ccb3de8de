/**
 * What every use case shares: the caller and their roles (CurrentUser); the configuration keys with
 * their defaults (ConfigKeys), the one way configuration is read and checked at start-up
 * (ConfigSection, ConfigCheck) and the business terms read that way (CashbackConfig); the ports
 * infrastructure implements for every feature (TimeSource, Metrics); amounts written for people
 * (MoneyFormat) and values kept by key up to a limit (KeptValues); what keeps each call the host
 * makes on its own threads from changing those threads (HostEntry); and the exceptions that tell
 * pages and the API whose fault a failure is.
 */
package dev.cashback.plugin.application.shared;
