package dev.cashback.sample.lms.web;

import java.util.List;

/** A top-level navigation item with its entries (one entry: a plain link). */
public record Menu(String label, String role, List<MenuEntry> entries) {

  public Menu {
    entries = List.copyOf(entries);
  }

  public boolean isSingle() {
    return entries.size() == 1;
  }
}
