/**
 * Self sign-up: the account with its optional referral code, e-mail verification by link and phone
 * verification by one-time password. E-mail and text messages leave through two small gateways
 * whose defaults keep them on the dev mailbox page; a platform replaces them with CDI alternatives.
 */
package dev.cashback.sample.lms.signup;
