/**
 * How people and other systems reach the plugin: Faces pages ({@code web}), the REST API ({@code
 * rest}), and the CSV and XLSX files both of them hand out ({@code export}).
 */
package dev.cashback.plugin.interfaces;
