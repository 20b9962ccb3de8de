package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.DevMessage;
import dev.cashback.sample.lms.signup.DevMailbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * The dev mailbox: e-mail and text messages the default gateways kept instead of sending. Each
 * person sees the messages addressed to them; admins see everyone's.
 */
@Named
@RequestScoped
public class DevMailboxPage {

  private static final int SHOWN = 100;

  @Inject DevMailbox mailbox;
  @Inject SecurityContext security;

  private List<DevMessage> messages;

  public List<DevMessage> getMessages() {
    if (messages == null) {
      messages =
          mailbox.messages(
              security.getCallerPrincipal().getName(), security.isCallerInRole("admin"), SHOWN);
    }
    return messages;
  }
}
