package dev.cashback.sample.lms.signup;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's texts in a person's language, for messages sent outside any page: the language
 * they chose, else English, never the server's own default language.
 */
final class MailTexts {

  private static final String BUNDLE = "dev.cashback.sample.lms.web.messages";
  private static final ResourceBundle.Control NO_SERVER_DEFAULT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private MailTexts() {}

  static ResourceBundle of(String languageTag) {
    Locale language = languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
    return ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_DEFAULT);
  }
}
