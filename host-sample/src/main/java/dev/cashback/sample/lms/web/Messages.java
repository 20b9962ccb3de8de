package dev.cashback.sample.lms.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Growl messages for people: short, worded for the user, never a stack trace. */
final class Messages {

  private Messages() {}

  static void info(String summary, String detail) {
    add(FacesMessage.SEVERITY_INFO, summary, detail);
  }

  static void error(String summary, String detail) {
    add(FacesMessage.SEVERITY_ERROR, summary, detail);
  }

  private static void add(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, summary, detail));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
