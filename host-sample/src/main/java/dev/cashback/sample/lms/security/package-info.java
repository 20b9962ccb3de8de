/** Sign-in: form login with Jakarta Security against the platform's accounts, hashed passwords. */
package dev.cashback.sample.lms.security;
