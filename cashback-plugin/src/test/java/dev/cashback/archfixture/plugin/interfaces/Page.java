package dev.cashback.archfixture.plugin.interfaces;

/** A page. */
public class Page {}
