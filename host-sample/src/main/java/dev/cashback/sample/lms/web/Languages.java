package dev.cashback.sample.lms.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform speaks (faces-config's locale-config) and the one a visitor chose,
 * remembered in a cookie: the choice wins over the browser's {@code Accept-Language}, which Faces
 * matches against the same list when there is no choice.
 */
final class Languages {

  /** The cookie that remembers the visitor's choice, a language tag such as {@code es}. */
  static final String COOKIE = "lms-language";

  private Languages() {}

  /** Every supported language, the default first. */
  static List<Locale> supported(FacesContext context) {
    List<Locale> languages = new ArrayList<>();
    Locale fallback = context.getApplication().getDefaultLocale();
    if (fallback != null) {
      languages.add(fallback);
    }
    for (Iterator<Locale> it = context.getApplication().getSupportedLocales(); it.hasNext(); ) {
      Locale locale = it.next();
      if (!languages.contains(locale)) {
        languages.add(locale);
      }
    }
    return languages;
  }

  /** The supported language with this tag, if the platform speaks it. */
  static Optional<Locale> find(FacesContext context, String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return supported(context).stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The language the visitor chose earlier, if the cookie names one the platform speaks. */
  static Optional<Locale> chosen(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (!(request instanceof HttpServletRequest http) || http.getCookies() == null) {
      return Optional.empty();
    }
    for (Cookie cookie : http.getCookies()) {
      if (COOKIE.equals(cookie.getName())) {
        return find(context, cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The language of the page being built or shown. */
  static Locale current(FacesContext context) {
    return context.getViewRoot() == null
        ? context.getApplication().getViewHandler().calculateLocale(context)
        : context.getViewRoot().getLocale();
  }

  /** Whether text in this language runs right to left. */
  static boolean rightToLeft(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ar", "fa", "he", "ur" -> true;
      default -> false;
    };
  }
}
