package dev.cashback.plugin.application.notice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of the learners' e-mails from the {@code mails} resource bundle, laid out as plain text
 * and as HTML (every value escaped): a title, an intro, label/value rows and a closing line.
 */
final class MailTemplates {

  private static final String BUNDLE = "dev.cashback.plugin.application.notice.mails";

  private MailTemplates() {}

  /** A message's subject, text and HTML. */
  record Rendered(String subject, String text, String html) {}

  static Rendered render(
      String kind, String subjectArg, String introArg, Map<String, String> rows) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    String subject = MessageFormat.format(texts.getString(kind + ".subject"), subjectArg);
    String title = texts.getString(kind + ".title");
    String intro = MessageFormat.format(texts.getString(kind + ".intro"), introArg);
    String closing = texts.getString("closing");
    StringBuilder text = new StringBuilder(title).append("\n\n").append(intro).append("\n\n");
    StringBuilder html =
        new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>")
            .append(escape(title))
            .append("</h2><p>")
            .append(escape(intro))
            .append("</p><table cellpadding=\"4\">");
    rows.forEach(
        (label, value) -> {
          String name = texts.getString("label." + label);
          text.append(name).append(": ").append(value).append('\n');
          html.append("<tr><th align=\"left\">")
              .append(escape(name))
              .append("</th><td>")
              .append(escape(value))
              .append("</td></tr>");
        });
    text.append('\n').append(closing).append('\n');
    html.append("</table><p style=\"color:#666\">")
        .append(escape(closing))
        .append("</p></body></html>");
    return new Rendered(subject, text.toString(), html.toString());
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
