/** How people and other systems reach the plugin: Faces pages ({@code web}) and, later, REST. */
package dev.cashback.plugin.interfaces;
