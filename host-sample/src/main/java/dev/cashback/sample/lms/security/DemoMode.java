package dev.cashback.sample.lms.security;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this server is a declared demo ({@value #KEY}, the plugin's own switch, off unless set):
 * only then are the published demo accounts, passwords and secrets allowed.
 */
public final class DemoMode {

  public static final String KEY = "cashback.demo-data";

  /** The password of every demo account, published in the README. */
  public static final String PASSWORD = "demo1234";

  private DemoMode() {}

  public static boolean on() {
    return ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false);
  }
}
