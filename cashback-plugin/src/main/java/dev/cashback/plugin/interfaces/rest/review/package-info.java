/** The review queue over HTTP: what waits for an admin, and the admins' decisions. */
package dev.cashback.plugin.interfaces.rest.review;
