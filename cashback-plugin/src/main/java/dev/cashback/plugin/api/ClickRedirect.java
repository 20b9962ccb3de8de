package dev.cashback.plugin.api;

/** Where to send the learner after a recorded click, and the click's id. */
public record ClickRedirect(String clickId, String url) {}
