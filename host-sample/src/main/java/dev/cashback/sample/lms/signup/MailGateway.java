package dev.cashback.sample.lms.signup;

/**
 * Sends the platform's own e-mail (verification links). The default keeps messages on the dev
 * mailbox page; a platform sends real mail with an {@code @Alternative @Priority} bean of its own.
 */
public interface MailGateway {

  /**
   * @param link the one link the message asks the reader to open, or null
   */
  void send(String username, String to, String subject, String text, String link);
}
