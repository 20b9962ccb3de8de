/**
 * Sign-in with Jakarta Security against the platform's accounts: form login for people, HTTP Basic
 * for API clients; PBKDF2 password hashes, throttled guessing, a login form safe from forgery; the
 * demo switch, and the keyed hash that stands in for a client's address.
 */
package dev.cashback.sample.lms.security;
