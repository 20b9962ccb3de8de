/** Cashback → Review: the queue of cashback held by the limits against fraud, and the decisions. */
package dev.cashback.plugin.interfaces.web.review;
