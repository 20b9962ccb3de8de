package dev.cashback.sample.lms.web;

/** A link of the navigation: its label, page and the role that may follow it. */
public record MenuEntry(String label, String page, String role) {}
