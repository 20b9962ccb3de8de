package dev.cashback.plugin.interfaces.web.shared;

import dev.cashback.plugin.application.shared.AccessRefusedException;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;

/**
 * Turns what the application layer refuses into messages for people: beside the offending field
 * where there is one, in the growl otherwise. Never a stack trace.
 */
public final class PageMessages {

  private PageMessages() {}

  /**
   * An information message from the plugin's bundle: {@code key} is the summary, {@code key.detail}
   * the detail with {@code args} filled in.
   */
  public static void info(String key, Object... args) {
    bundled(FacesMessage.SEVERITY_INFO, key, args);
  }

  /** A warning from the plugin's bundle, the same way as {@link #info}. */
  public static void warn(String key, Object... args) {
    bundled(FacesMessage.SEVERITY_WARN, key, args);
  }

  private static void bundled(FacesMessage.Severity severity, String key, Object... args) {
    add(null, severity, Labels.text(key), MessageFormat.format(Labels.text(key + ".detail"), args));
  }

  /** Shows the refusal; {@code fieldIds} maps a field name to the component that shows it. */
  public static void refused(RuntimeException e, Map<String, String> fieldIds) {
    if (e instanceof InvalidInputException invalid) {
      invalid
          .fieldErrors()
          .forEach(
              (field, message) ->
                  add(fieldIds.get(field), FacesMessage.SEVERITY_ERROR, message, message));
      FacesContext.getCurrentInstance().validationFailed();
    } else if (e instanceof AccessRefusedException
        || e instanceof NotFoundException
        || e instanceof ConflictException) {
      add(null, FacesMessage.SEVERITY_ERROR, Labels.text("message.notPossible"), e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    } else {
      throw e;
    }
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, summary, detail));
  }
}
