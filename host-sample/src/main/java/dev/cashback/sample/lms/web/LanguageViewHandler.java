package dev.cashback.sample.lms.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the visitor's chosen language, or else the one Faces picks from the
 * browser's {@code Accept-Language}. Plugin pages render in the platform's frame, so they follow.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return Languages.chosen(context).orElseGet(() -> super.calculateLocale(context));
  }
}
