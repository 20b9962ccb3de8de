/**
 * Backing beans of the plugin's Faces pages, one sub-package per feature, each bean named after the
 * use case it serves ({@code ListRules}, {@code DecidePayouts}); {@code shared} holds what every
 * page uses. They hold no rules of their own: reads and checks go through the application layer.
 * Helpers beside them that are not beans (a filter form, a lazy table model, a converter) are named
 * for what they are. The pages' texts are this package's {@code messages} bundle.
 */
package dev.cashback.plugin.interfaces.web;
