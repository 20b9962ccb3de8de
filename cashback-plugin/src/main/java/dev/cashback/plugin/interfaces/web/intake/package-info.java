/** The Refused events page (admins). */
package dev.cashback.plugin.interfaces.web.intake;
