/**
 * Backing beans of the platform's pages (course, receipt, purchases, stores, account, sign-in,
 * sign-up and e-mail verification, dev mailbox), the navigation built from plugin manifests, and
 * what the platform may believe of a request (the client's address behind a proxy, the site's own
 * address).
 */
package dev.cashback.sample.lms.web;
