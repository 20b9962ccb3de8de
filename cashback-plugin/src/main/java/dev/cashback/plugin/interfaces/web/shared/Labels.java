package dev.cashback.plugin.interfaces.web.shared;

import jakarta.faces.context.FacesContext;

/** Texts of the plugin's message bundle ({@code cb}), for what a bean writes itself. */
final class Labels {

  private Labels() {}

  static String text(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getResourceBundle(context, "cb").getString(key);
  }
}
