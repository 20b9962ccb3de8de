/**
 * Backing beans of the plugin's Faces pages, named after the use case they serve. They hold no
 * rules of their own: reads and checks go through the application layer.
 */
package dev.cashback.plugin.interfaces.web;
