package dev.cashback.plugin.infrastructure.config;

import java.util.Map;

/**
 * Every MicroProfile Config key the plugin reads, with its default. plugin.json lists the same keys
 * and defaults (a test keeps the two equal); the README documents them.
 */
public final class ConfigKeys {

  public static final String DATASOURCE = "cashback.datasource";
  public static final String DATASOURCE_DEFAULT = "java:app/jdbc/cashback";

  public static final String HOLD_DAYS = "cashback.hold-days";
  public static final String HOLD_DAYS_DEFAULT = "14";

  public static final String TIMEZONE = "cashback.timezone";
  public static final String TIMEZONE_DEFAULT = "UTC";

  public static final String INBOX_RETRY_SECONDS = "cashback.inbox.retry-seconds";
  public static final String INBOX_RETRY_SECONDS_DEFAULT = "30";

  public static final String INBOX_GRANT_WAIT_MILLIS = "cashback.inbox.grant-wait-millis";
  public static final String INBOX_GRANT_WAIT_MILLIS_DEFAULT = "5000";

  public static final String DEMO_DATA = "cashback.demo-data";
  public static final String DEMO_DATA_DEFAULT = "false";

  public static final String HOST_TEMPLATE = "cashback.ui.host-template";
  public static final String HOST_TEMPLATE_DEFAULT = "/cashback/standalone.xhtml";

  /** Key to default, in a stable order. */
  public static final Map<String, String> DEFAULTS =
      Map.of(
          DATASOURCE, DATASOURCE_DEFAULT,
          HOLD_DAYS, HOLD_DAYS_DEFAULT,
          TIMEZONE, TIMEZONE_DEFAULT,
          INBOX_RETRY_SECONDS, INBOX_RETRY_SECONDS_DEFAULT,
          INBOX_GRANT_WAIT_MILLIS, INBOX_GRANT_WAIT_MILLIS_DEFAULT,
          DEMO_DATA, DEMO_DATA_DEFAULT,
          HOST_TEMPLATE, HOST_TEMPLATE_DEFAULT);

  private ConfigKeys() {}
}
