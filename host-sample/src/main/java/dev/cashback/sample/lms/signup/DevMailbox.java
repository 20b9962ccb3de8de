package dev.cashback.sample.lms.signup;

import dev.cashback.sample.lms.model.DevMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The default mail and SMS gateways: messages are stored, in the caller's transaction, and shown on
 * the dev mailbox page to the person they are addressed to (and to admins), instead of being sent.
 */
@ApplicationScoped
@Transactional
public class DevMailbox implements MailGateway, SmsGateway {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Override
  public void send(String username, String to, String subject, String text, String link) {
    em.persist(new DevMessage(DevMessage.EMAIL, to, username, subject, text, link, now()));
  }

  @Override
  public void send(String username, String phone, String text) {
    em.persist(new DevMessage(DevMessage.SMS, phone, username, "SMS", text, null, now()));
  }

  /** Newest first: everyone's for admins, otherwise the caller's own. */
  public List<DevMessage> messages(String username, boolean admin, int limit) {
    return (admin
            ? em.createQuery(
                "SELECT m FROM DevMessage m ORDER BY m.createdAt DESC", DevMessage.class)
            : em.createQuery(
                    "SELECT m FROM DevMessage m WHERE m.username = :user"
                        + " ORDER BY m.createdAt DESC",
                    DevMessage.class)
                .setParameter("user", username))
        .setMaxResults(limit)
        .getResultList();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
