package dev.cashback.sample.lms.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Growl messages for people: short, worded for the user, never a stack trace. */
final class Messages {

  /** The var of the host's resource bundle in faces-config.xml: {@code #{lms['key']}} in pages. */
  static final String BUNDLE = "lms";

  private Messages() {}

  static void info(String summary, String detail) {
    add(FacesMessage.SEVERITY_INFO, summary, detail);
  }

  static void error(String summary, String detail) {
    add(FacesMessage.SEVERITY_ERROR, summary, detail);
  }

  /**
   * The text under {@code key} in the host's bundle, for the viewer's locale. With parameters the
   * text is a {@link MessageFormat} pattern, as for {@code h:outputFormat}.
   */
  static String text(String key, Object... params) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE);
    String pattern = bundle.getString(key);
    return params.length == 0
        ? pattern
        : new MessageFormat(pattern, Languages.current(context)).format(params);
  }

  private static void add(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, summary, detail));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
