/**
 * Host events on their way in: turning the host's purchase and refund events into the plugin's
 * facts, the checks every event must pass (and those posted from outside the JVM or imported from a
 * file), reading a file of past purchases, and the log of events refused.
 */
package dev.cashback.plugin.application.intake;
