package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.KeptValues;
import dev.cashback.plugin.application.shared.MoneyFormat;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the learners' e-mails from the {@code mails} resource bundle in the recipient's
 * language, laid out as plain text and as HTML (every value escaped, right to left for languages
 * written so): a title, an intro, label/value rows and a closing line. A language the bundle does
 * not have gets English, the base bundle, never the server's own default language. The templates of
 * a language are read once and kept, with their parsed patterns: reading them again for every
 * e-mail was a sizeable part of a grant batch's time.
 */
final class MailTemplates {

  private static final String BUNDLE = "dev.cashback.plugin.application.notice.mails";
  private static final ResourceBundle.Control NO_SERVER_DEFAULT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Languages kept, at most: they come from learners' settings, not from a list of ours. */
  private static final KeptValues<Locale, MailTemplates> KEPT_BY_WANTED =
      new KeptValues<>(
          1_000,
          wanted -> new MailTemplates(ResourceBundle.getBundle(BUNDLE, wanted, NO_SERVER_DEFAULT)));

  private final ResourceBundle texts;
  private final Locale locale;
  private final DateTimeFormatter dayFormat;

  /** Parsed message patterns by key; each use formats with a copy (a format is not shareable). */
  private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

  private MailTemplates(ResourceBundle texts) {
    this.texts = texts;
    Locale found = texts.getLocale();
    this.locale = found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
    this.dayFormat =
        DateTimeFormatter.ofPattern(texts.getString("format.day"), locale)
            .withDecimalStyle(DecimalStyle.of(locale));
  }

  /** The templates of the language closest to {@code wanted}. */
  static MailTemplates in(Locale wanted) {
    return KEPT_BY_WANTED.get(wanted);
  }

  /** The language the texts are written in, for the values put into them. */
  Locale locale() {
    return locale;
  }

  /** A value of a message as this language writes it. */
  String write(MailContent.Value value, ZoneId zone) {
    if (value instanceof MailContent.Amount a) {
      return MoneyFormat.of(a.amount(), a.currency(), locale);
    }
    if (value instanceof MailContent.Day d) {
      return day(d.at(), zone);
    }
    if (value instanceof MailContent.Word w) {
      return texts.getString(w.key());
    }
    if (value instanceof MailContent.Donation d) {
      String amount = write(d.amount(), zone);
      return d.amount().amount().signum() > 0 ? format("donation.to", amount, d.cause()) : amount;
    }
    String text = ((MailContent.Text) value).text();
    return text == null ? "" : text;
  }

  private String format(String key, Object... arguments) {
    MessageFormat parsed =
        patterns.computeIfAbsent(key, k -> new MessageFormat(texts.getString(k), locale));
    return ((MessageFormat) parsed.clone()).format(arguments);
  }

  /**
   * A day as the bundle writes it ({@code format.day}) with the language's digits, in the plugin's
   * zone.
   */
  private String day(OffsetDateTime at, ZoneId zone) {
    return at == null ? "" : at.atZoneSameInstant(zone).format(dayFormat);
  }

  WrittenMail render(MailContent content, ZoneId zone) {
    String kind = content.kind();
    String subject = format(kind + ".subject", write(content.subject(), zone));
    String title = texts.getString(kind + ".title");
    String intro = format(kind + ".intro", write(content.intro(), zone));
    String closing = texts.getString("closing");
    boolean rightToLeft = MoneyFormat.rightToLeft(locale);
    String direction = rightToLeft ? "rtl" : "ltr";
    String start = rightToLeft ? "right" : "left";
    StringBuilder text = new StringBuilder(title).append("\n\n").append(intro).append("\n\n");
    StringBuilder html =
        new StringBuilder("<html lang=\"")
            .append(locale.toLanguageTag())
            .append("\" dir=\"")
            .append(direction)
            .append("\"><body dir=\"")
            .append(direction)
            .append("\" style=\"font-family:sans-serif\"><h2>")
            .append(escape(title))
            .append("</h2><p>")
            .append(escape(intro))
            .append("</p><table cellpadding=\"4\">");
    content
        .rows()
        .forEach(
            (label, cell) -> {
              String value = write(cell, zone);
              String name = texts.getString("label." + label);
              text.append(name).append(": ").append(value).append('\n');
              html.append("<tr><th align=\"")
                  .append(start)
                  .append("\">")
                  .append(escape(name))
                  .append("</th><td>")
                  .append(escape(value))
                  .append("</td></tr>");
            });
    text.append('\n').append(closing).append('\n');
    html.append("</table><p style=\"color:#666\">")
        .append(escape(closing))
        .append("</p></body></html>");
    return new WrittenMail(subject, text.toString(), html.toString());
  }

  static String escape(String value) {
    return value == null
        ? ""
        : value
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }
}
