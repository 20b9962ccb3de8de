/**
 * What every Faces page shares: the host template and formats, the page access filter, messages for
 * people, lazy table models and downloads.
 */
package dev.cashback.plugin.interfaces.web.shared;
