package dev.cashback.plugin.application.notice;

/** A message written in one language: its subject, plain text and HTML. */
public record WrittenMail(String subject, String text, String html) {}
