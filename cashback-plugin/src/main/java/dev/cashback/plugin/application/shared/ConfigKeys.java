package dev.cashback.plugin.application.shared;

import java.util.Map;

/**
 * Every MicroProfile Config key the plugin reads, with its default. plugin.json lists the same keys
 * and defaults (a test keeps the two equal); the README documents them.
 */
public final class ConfigKeys {

  public static final String DATASOURCE = "cashback.datasource";
  public static final String DATASOURCE_DEFAULT = "java:comp/DefaultDataSource";

  public static final String HOLD_DAYS = "cashback.hold-days";
  public static final String HOLD_DAYS_DEFAULT = "14";

  public static final String TIMEZONE = "cashback.timezone";
  public static final String TIMEZONE_DEFAULT = "UTC";

  public static final String INBOX_RETRY_SECONDS = "cashback.inbox.retry-seconds";
  public static final String INBOX_RETRY_SECONDS_DEFAULT = "30";

  public static final String INBOX_GRANT_WAIT_MILLIS = "cashback.inbox.grant-wait-millis";
  public static final String INBOX_GRANT_WAIT_MILLIS_DEFAULT = "5000";

  /**
   * The grants' pace after the host's commit: a grant starts no sooner than this long after the
   * previous one, unless a full batch waits; 0 grants every purchase at once.
   */
  public static final String INBOX_GRANT_GATHER_MILLIS = "cashback.inbox.grant-gather-millis";

  public static final String INBOX_GRANT_GATHER_MILLIS_DEFAULT = "0";

  /**
   * How many grant batches a node runs at once for the signed intake, and apart for the purchases
   * hosts have just committed.
   */
  public static final String INBOX_DRAINS = "cashback.inbox.drains";

  public static final String INBOX_DRAINS_DEFAULT = "2";

  /**
   * How many threads a node keeps for the plugin's background work (grants after the host's commit,
   * grant batches, progress confirmations, imports).
   */
  public static final String BACKGROUND_THREADS = "cashback.background.threads";

  public static final String BACKGROUND_THREADS_DEFAULT = "4";

  /**
   * Whether the plugin takes in the host's CDI events (purchases, refunds, progress). Off for hosts
   * that send everything through the signed intake, so nothing is taken in twice.
   */
  public static final String HOST_EVENTS_ENABLED = "cashback.host-events.enabled";

  public static final String HOST_EVENTS_ENABLED_DEFAULT = "true";

  public static final String CLAWBACK_POLICY = "cashback.clawback-policy";
  public static final String CLAWBACK_POLICY_DEFAULT = "negative";

  public static final String STACKING = "cashback.stacking";
  public static final String STACKING_DEFAULT = "best";

  public static final String CONFIRM_INTERVAL_SECONDS = "cashback.confirm.interval-seconds";
  public static final String CONFIRM_INTERVAL_SECONDS_DEFAULT = "60";

  public static final String CONFIRM_BATCH_SIZE = "cashback.confirm.batch-size";
  public static final String CONFIRM_BATCH_SIZE_DEFAULT = "200";

  /** How often each node runs the incremental ledger check (one node's run spares the others). */
  public static final String LEDGER_CHECK_INTERVAL_SECONDS =
      "cashback.ledger-check.interval-seconds";

  public static final String LEDGER_CHECK_INTERVAL_SECONDS_DEFAULT = "900";

  /**
   * Whether readiness reports DOWN while the last ledger check found violations; by default it only
   * reports them, so one ledger fault never takes every node out of the load balancer.
   */
  public static final String LEDGER_CHECK_READINESS = "cashback.ledger-check.fail-readiness";

  public static final String LEDGER_CHECK_READINESS_DEFAULT = "false";

  /** No default: without a secret the signed purchase intake stays closed. */
  public static final String WEBHOOK_SECRET = "cashback.webhook.secret";

  public static final String WEBHOOK_MAX_AGE_SECONDS = "cashback.webhook.max-age-seconds";
  public static final String WEBHOOK_MAX_AGE_SECONDS_DEFAULT = "300";

  public static final String DEMO_DATA = "cashback.demo-data";
  public static final String DEMO_DATA_DEFAULT = "false";

  public static final String HOST_TEMPLATE = "cashback.ui.host-template";
  public static final String HOST_TEMPLATE_DEFAULT = "/cashback/standalone.xhtml";

  /**
   * Followed by admin, instructor or learner: the host's role names (comma-separated) that hold the
   * plugin's role.
   */
  public static final String ROLES_PREFIX = "cashback.roles.";

  public static final String ROLES_ADMIN = ROLES_PREFIX + "admin";
  public static final String ROLES_INSTRUCTOR = ROLES_PREFIX + "instructor";
  public static final String ROLES_LEARNER = ROLES_PREFIX + "learner";

  /** Origins besides the API's own that may make cookie-authenticated changes (comma-separated). */
  public static final String API_TRUSTED_ORIGINS = "cashback.api.trusted-origins";

  /** How long an idempotency key and its recorded answer are kept. */
  public static final String IDEMPOTENCY_RETENTION_HOURS = "cashback.idempotency.retention-hours";

  public static final String IDEMPOTENCY_RETENTION_HOURS_DEFAULT = "24";

  /** Liveness fails when an accepted purchase has waited this long to be granted. */
  public static final String HEALTH_MAX_BACKLOG_MINUTES = "cashback.health.max-backlog-minutes";

  public static final String HEALTH_MAX_BACKLOG_MINUTES_DEFAULT = "30";

  /**
   * Per currency ({@code USD 100.00, EUR 100.00, JPY 15000}): payouts above their currency's amount
   * need a second, different admin; payouts in a currency not listed always do.
   */
  public static final String PAYOUT_SECOND_APPROVAL_ABOVE = "cashback.payout.second-approval-above";

  public static final String PAYOUT_SECOND_APPROVAL_ABOVE_DEFAULT =
      "USD 100.00, EUR 100.00, JPY 15000";

  /** The SMTP server; without it e-mail stays in the admin's outbox page. */
  public static final String MAIL_HOST = "cashback.mail.host";

  public static final String MAIL_PORT = "cashback.mail.port";
  public static final String MAIL_PORT_DEFAULT = "25";
  public static final String MAIL_FROM = "cashback.mail.from";
  public static final String MAIL_FROM_DEFAULT = "cashback@localhost";
  public static final String MAIL_USERNAME = "cashback.mail.username";
  public static final String MAIL_PASSWORD = "cashback.mail.password";
  public static final String MAIL_STARTTLS = "cashback.mail.starttls";

  /** Language of e-mails to recipients whose language the host does not tell (an IETF tag). */
  public static final String MAIL_LANGUAGE = "cashback.mail.language";

  public static final String MAIL_LANGUAGE_DEFAULT = "en";
  public static final String MAIL_INTERVAL_SECONDS = "cashback.mail.interval-seconds";
  public static final String MAIL_INTERVAL_SECONDS_DEFAULT = "15";

  /** How often each node sends the queued event deliveries. */
  public static final String WEBHOOKS_INTERVAL_SECONDS = "cashback.webhooks.interval-seconds";

  public static final String WEBHOOKS_INTERVAL_SECONDS_DEFAULT = "5";

  /** Attempts of one delivery before it fails for good (an admin may send it again). */
  public static final String WEBHOOKS_MAX_ATTEMPTS = "cashback.webhooks.max-attempts";

  public static final String WEBHOOKS_MAX_ATTEMPTS_DEFAULT = "12";

  /**
   * Whether endpoints may be loopback, link-local or private addresses (off: a typed address could
   * otherwise reach the platform's own services).
   */
  public static final String WEBHOOKS_ALLOW_PRIVATE_ADDRESSES =
      "cashback.webhooks.allow-private-addresses";

  public static final String WEBHOOKS_ALLOW_PRIVATE_ADDRESSES_DEFAULT = "false";

  /** The CloudEvents {@code source} of every event, a URI reference naming this platform. */
  public static final String EVENTS_SOURCE = "cashback.events.source";

  public static final String EVENTS_SOURCE_DEFAULT = "/cashback";

  /** A missing-cashback claim is accepted from this many days after its click ... */
  public static final String CLAIMS_MIN_DAYS = "cashback.claims.min-days";

  public static final String CLAIMS_MIN_DAYS_DEFAULT = "2";

  /** ... up to this many. */
  public static final String CLAIMS_MAX_DAYS = "cashback.claims.max-days";

  public static final String CLAIMS_MAX_DAYS_DEFAULT = "60";

  /** A referee qualifies once their confirmed purchases reach this amount ... */
  public static final String REFERRAL_QUALIFYING_AMOUNT = "cashback.referral.qualifying-amount";

  public static final String REFERRAL_QUALIFYING_AMOUNT_DEFAULT = "50.00";

  /** ... within this many days of signing up. */
  public static final String REFERRAL_QUALIFYING_DAYS = "cashback.referral.qualifying-days";

  public static final String REFERRAL_QUALIFYING_DAYS_DEFAULT = "30";

  /** The referee's bonus; 0 grants none. */
  public static final String REFERRAL_JOINING_BONUS = "cashback.referral.joining-bonus";

  public static final String REFERRAL_JOINING_BONUS_DEFAULT = "5.00";

  /** The referrer's bonus; 0 grants none. */
  public static final String REFERRAL_REFERRER_BONUS = "cashback.referral.referrer-bonus";

  public static final String REFERRAL_REFERRER_BONUS_DEFAULT = "10.00";

  /** The currency of the referral amounts; only purchases in it count. */
  public static final String REFERRAL_CURRENCY = "cashback.referral.currency";

  public static final String REFERRAL_CURRENCY_DEFAULT = "USD";

  /**
   * The referral amounts in further currencies, written {@code JPY 5000/500/1000} (qualifying
   * amount / joining bonus / referrer bonus), comma-separated; empty: none.
   */
  public static final String REFERRAL_OTHER_CURRENCIES = "cashback.referral.other-currencies";

  public static final String REVIEW_PURCHASES_PER_DAY = "cashback.review.purchases-per-day";
  public static final String REVIEW_PURCHASES_PER_MONTH = "cashback.review.purchases-per-month";
  public static final String REVIEW_CASHBACK_PER_DAY = "cashback.review.cashback-per-day";
  public static final String REVIEW_CASHBACK_PER_MONTH = "cashback.review.cashback-per-month";
  public static final String REVIEW_THRESHOLD = "cashback.review.threshold";
  public static final String REVIEW_OWN_COURSES = "cashback.review.instructor-own-courses";
  public static final String REVIEW_OWN_COURSES_DEFAULT = "nothing";

  /** The share (0-100 %) of each cashback donated by learners who have not chosen their own. */
  public static final String DONATION_DEFAULT_SHARE = "cashback.donation.default-share";

  public static final String DONATION_DEFAULT_SHARE_DEFAULT = "0";

  /** The cause donations go to, as learners see it. */
  public static final String DONATION_CAUSE = "cashback.donation.cause";

  public static final String DONATION_CAUSE_DEFAULT = "Open Learning Fund";

  /** Days available cashback lasts before it expires (0: it never expires). */
  public static final String EXPIRY_DAYS = "cashback.expiry.days";

  public static final String EXPIRY_DAYS_DEFAULT = "0";

  /** Days before a lot expires that its learner is reminded, once (0: no reminder). */
  public static final String EXPIRY_REMINDER_DAYS = "cashback.expiry.reminder-days";

  public static final String EXPIRY_REMINDER_DAYS_DEFAULT = "7";

  /**
   * Days that cashback returned to a lot whose expiry has passed (a rejected payout, a refund
   * giving back spent cashback) lasts from its return.
   */
  public static final String EXPIRY_GRACE_DAYS = "cashback.expiry.grace-days";

  public static final String EXPIRY_GRACE_DAYS_DEFAULT = "7";

  /** How often every node expires what is due and sends the reminders. */
  public static final String EXPIRY_INTERVAL_SECONDS = "cashback.expiry.interval-seconds";

  public static final String EXPIRY_INTERVAL_SECONDS_DEFAULT = "300";

  /** The referral bonuses' own expiry in days (empty: cashback.expiry.days; 0: never). */
  public static final String REFERRAL_EXPIRY_DAYS = "cashback.referral.expiry-days";

  /** Every key with its default. */
  public static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry(REFERRAL_QUALIFYING_AMOUNT, REFERRAL_QUALIFYING_AMOUNT_DEFAULT),
          Map.entry(REFERRAL_QUALIFYING_DAYS, REFERRAL_QUALIFYING_DAYS_DEFAULT),
          Map.entry(REFERRAL_JOINING_BONUS, REFERRAL_JOINING_BONUS_DEFAULT),
          Map.entry(REFERRAL_REFERRER_BONUS, REFERRAL_REFERRER_BONUS_DEFAULT),
          Map.entry(REFERRAL_CURRENCY, REFERRAL_CURRENCY_DEFAULT),
          Map.entry(REFERRAL_OTHER_CURRENCIES, ""),
          Map.entry(REVIEW_PURCHASES_PER_DAY, "0"),
          Map.entry(REVIEW_PURCHASES_PER_MONTH, "0"),
          Map.entry(REVIEW_CASHBACK_PER_DAY, ""),
          Map.entry(REVIEW_CASHBACK_PER_MONTH, ""),
          Map.entry(REVIEW_THRESHOLD, ""),
          Map.entry(REVIEW_OWN_COURSES, REVIEW_OWN_COURSES_DEFAULT),
          Map.entry(DONATION_DEFAULT_SHARE, DONATION_DEFAULT_SHARE_DEFAULT),
          Map.entry(DONATION_CAUSE, DONATION_CAUSE_DEFAULT),
          Map.entry(MAIL_LANGUAGE, MAIL_LANGUAGE_DEFAULT),
          Map.entry(DATASOURCE, DATASOURCE_DEFAULT),
          Map.entry(HOLD_DAYS, HOLD_DAYS_DEFAULT),
          Map.entry(TIMEZONE, TIMEZONE_DEFAULT),
          Map.entry(INBOX_RETRY_SECONDS, INBOX_RETRY_SECONDS_DEFAULT),
          Map.entry(INBOX_GRANT_WAIT_MILLIS, INBOX_GRANT_WAIT_MILLIS_DEFAULT),
          Map.entry(INBOX_GRANT_GATHER_MILLIS, INBOX_GRANT_GATHER_MILLIS_DEFAULT),
          Map.entry(INBOX_DRAINS, INBOX_DRAINS_DEFAULT),
          Map.entry(BACKGROUND_THREADS, BACKGROUND_THREADS_DEFAULT),
          Map.entry(HOST_EVENTS_ENABLED, HOST_EVENTS_ENABLED_DEFAULT),
          Map.entry(DEMO_DATA, DEMO_DATA_DEFAULT),
          Map.entry(HOST_TEMPLATE, HOST_TEMPLATE_DEFAULT),
          Map.entry(CLAWBACK_POLICY, CLAWBACK_POLICY_DEFAULT),
          Map.entry(STACKING, STACKING_DEFAULT),
          Map.entry(CONFIRM_INTERVAL_SECONDS, CONFIRM_INTERVAL_SECONDS_DEFAULT),
          Map.entry(CONFIRM_BATCH_SIZE, CONFIRM_BATCH_SIZE_DEFAULT),
          Map.entry(LEDGER_CHECK_INTERVAL_SECONDS, LEDGER_CHECK_INTERVAL_SECONDS_DEFAULT),
          Map.entry(LEDGER_CHECK_READINESS, LEDGER_CHECK_READINESS_DEFAULT),
          Map.entry(WEBHOOK_SECRET, ""),
          Map.entry(WEBHOOK_MAX_AGE_SECONDS, WEBHOOK_MAX_AGE_SECONDS_DEFAULT),
          Map.entry(ROLES_ADMIN, "admin"),
          Map.entry(ROLES_INSTRUCTOR, "instructor"),
          Map.entry(ROLES_LEARNER, "learner"),
          Map.entry(API_TRUSTED_ORIGINS, ""),
          Map.entry(IDEMPOTENCY_RETENTION_HOURS, IDEMPOTENCY_RETENTION_HOURS_DEFAULT),
          Map.entry(HEALTH_MAX_BACKLOG_MINUTES, HEALTH_MAX_BACKLOG_MINUTES_DEFAULT),
          Map.entry(PAYOUT_SECOND_APPROVAL_ABOVE, PAYOUT_SECOND_APPROVAL_ABOVE_DEFAULT),
          Map.entry(MAIL_HOST, ""),
          Map.entry(MAIL_PORT, MAIL_PORT_DEFAULT),
          Map.entry(MAIL_FROM, MAIL_FROM_DEFAULT),
          Map.entry(MAIL_USERNAME, ""),
          Map.entry(MAIL_PASSWORD, ""),
          Map.entry(MAIL_STARTTLS, "false"),
          Map.entry(MAIL_INTERVAL_SECONDS, MAIL_INTERVAL_SECONDS_DEFAULT),
          Map.entry(WEBHOOKS_INTERVAL_SECONDS, WEBHOOKS_INTERVAL_SECONDS_DEFAULT),
          Map.entry(WEBHOOKS_MAX_ATTEMPTS, WEBHOOKS_MAX_ATTEMPTS_DEFAULT),
          Map.entry(WEBHOOKS_ALLOW_PRIVATE_ADDRESSES, WEBHOOKS_ALLOW_PRIVATE_ADDRESSES_DEFAULT),
          Map.entry(EVENTS_SOURCE, EVENTS_SOURCE_DEFAULT),
          Map.entry(CLAIMS_MIN_DAYS, CLAIMS_MIN_DAYS_DEFAULT),
          Map.entry(CLAIMS_MAX_DAYS, CLAIMS_MAX_DAYS_DEFAULT),
          Map.entry(EXPIRY_DAYS, EXPIRY_DAYS_DEFAULT),
          Map.entry(EXPIRY_REMINDER_DAYS, EXPIRY_REMINDER_DAYS_DEFAULT),
          Map.entry(EXPIRY_GRACE_DAYS, EXPIRY_GRACE_DAYS_DEFAULT),
          Map.entry(EXPIRY_INTERVAL_SECONDS, EXPIRY_INTERVAL_SECONDS_DEFAULT),
          Map.entry(REFERRAL_EXPIRY_DAYS, ""));

  private ConfigKeys() {}
}
