/** Backing beans of the platform's pages, and the navigation built from plugin manifests. */
package dev.cashback.sample.lms.web;
