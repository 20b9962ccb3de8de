package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Checkout;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With {@code cashback.host-events.enabled=false} the host's checkout, refunds and progress run as
 * if the plugin were not there: the host's own rows are written, the plugin takes in none of the
 * events (no inbox row, no cashback, no progress), and nothing is kept as refused either.
 */
@ExtendWith(ArquillianExtension.class)
class HostEventsSwitchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin("cashback.host-events.enabled=false")
        .addClasses(HostEventsSwitchIT.class, TestDatabase.class);
  }

  @Inject Checkout checkout;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject Event<CourseProgressed> progress;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction tx;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Test
  void switchedOff_theHostsEventsAreNotTakenIn_andTheHostsWorkIsDone() throws Exception {
    TestDatabase db = new TestDatabase(dataSource);
    long refusedBefore = db.number("SELECT COUNT(*) FROM cb_refused_event");

    Purchase purchase = checkout.buy("lucy", "java-basics");
    String refundId = "refund-" + UUID.randomUUID();
    // A course nobody else reports progress on, so only this event could have recorded it.
    String course = "course-" + UUID.randomUUID();
    tx.begin();
    refunds.fire(
        new PurchaseRefunded(
            refundId,
            purchase.getId(),
            List.of(),
            purchase.getPrice(),
            purchase.getCurrency(),
            "changed my mind",
            Instant.now()));
    progress.fire(new CourseProgressed("lucy", course, 100, Instant.now()));
    tx.commit();

    assertEquals(1, db.number("SELECT COUNT(*) FROM lms_purchase WHERE id = ?", purchase.getId()));
    assertEquals(
        0,
        db.number(
            "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ?", purchase.getId()));
    assertEquals(
        0, db.number("SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ?", refundId));
    assertEquals(
        0,
        db.number("SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ?", purchase.getId()));
    assertEquals(
        0, db.number("SELECT COUNT(*) FROM cb_course_progress WHERE course_id = ?", course));
    assertEquals(refusedBefore, db.number("SELECT COUNT(*) FROM cb_refused_event"));
  }
}
