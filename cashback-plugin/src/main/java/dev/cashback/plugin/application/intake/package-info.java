/**
 * Host events on their way in: turning the host's purchase and refund events into the plugin's
 * facts, the checks every event must pass, and the log of events refused.
 */
package dev.cashback.plugin.application.intake;
