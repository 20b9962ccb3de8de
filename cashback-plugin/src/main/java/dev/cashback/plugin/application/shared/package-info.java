/**
 * What every use case shares: the caller and their roles (CurrentUser), the business settings read
 * from configuration, and the exceptions that tell pages and the API whose fault a failure is.
 */
package dev.cashback.plugin.application.shared;
