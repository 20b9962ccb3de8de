/**
 * What every Faces page shares: the host template and formats, the page access filter, messages for
 * people, the lazy table model of the admin lists, their export columns and downloads.
 */
package dev.cashback.plugin.interfaces.web.shared;
