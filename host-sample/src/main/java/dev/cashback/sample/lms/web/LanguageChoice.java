package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.service.AccountLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language selector in the header. A choice is remembered in a cookie for a year and, for a
 * signed-in person, on their account, so the plugin's e-mails to them use it too; the page then
 * loads again in that language.
 */
@Named
@RequestScoped
public class LanguageChoice {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject SecurityContext security;
  @Inject AccountLanguages accounts;

  private String selected;

  /** A language the selector offers: its tag and its name in its own language. */
  public record Language(String tag, String name) {}

  public List<Language> getLanguages() {
    return Languages.supported(FacesContext.getCurrentInstance()).stream()
        .map(l -> new Language(l.toLanguageTag(), ownName(l)))
        .toList();
  }

  public String getSelected() {
    return selected == null ? current().toLanguageTag() : selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  /** The language of this page, e.g. {@code es}, for the html element's lang attribute. */
  public String getTag() {
    return current().toLanguageTag();
  }

  /** {@code rtl} or {@code ltr}, for the html element's dir attribute. */
  public String getDirection() {
    return Languages.rightToLeft(current()) ? "rtl" : "ltr";
  }

  /** Remembers the selected language and loads the page again in it. */
  public void choose() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale language = Languages.find(context, selected).orElse(null);
    if (language == null) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.addResponseCookie(
        Languages.COOKIE,
        language.toLanguageTag(),
        Map.of(
            "maxAge",
            ONE_YEAR,
            "path",
            external.getRequestContextPath() + "/",
            "httpOnly",
            Boolean.TRUE,
            "secure",
            external.isSecure(),
            "SameSite",
            "Lax"));
    Principal caller = security.getCallerPrincipal();
    if (caller != null) {
      accounts.choose(caller.getName(), language.toLanguageTag());
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  private static Locale current() {
    return Languages.current(FacesContext.getCurrentInstance());
  }

  private static String ownName(Locale locale) {
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty()
        ? locale.toLanguageTag()
        : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
