/** The Rule pages: the list, the create and edit form, and the preview. */
package dev.cashback.plugin.interfaces.web.rule;
