package dev.cashback.sample.lms.signup;

/**
 * Sends text messages (one-time passwords). The default keeps them on the dev mailbox page; a
 * platform plugs in its SMS provider with an {@code @Alternative @Priority} bean of its own.
 */
public interface SmsGateway {

  /**
   * @param phone the number in E.164 form, e.g. +447700900123
   */
  void send(String username, String phone, String text);
}
