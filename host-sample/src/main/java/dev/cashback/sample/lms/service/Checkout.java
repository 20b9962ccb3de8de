package dev.cashback.sample.lms.service;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.CashbackWallet;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Purchase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Buying a course. The purchase is stored and {@link PurchaseCompleted} fired in one transaction,
 * so plugins that record the event do so atomically with the purchase.
 */
@ApplicationScoped
public class Checkout {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject Event<PurchaseCompleted> purchaseCompleted;
  @Inject CashbackWallet wallet;

  @Transactional
  public Purchase buy(String username, String courseId) {
    return buy(username, courseId, false);
  }

  /**
   * Buys the course; with {@code useCashback}, as much of the price as the learner's available
   * cashback covers is paid from it. The wallet debit joins this transaction: if it fails the
   * purchase is not made, and if the purchase fails nothing is debited.
   */
  @Transactional
  public Purchase buy(String username, String courseId, boolean useCashback) {
    Account buyer = em.find(Account.class, username);
    Course course = em.find(Course.class, courseId);
    if (buyer == null || course == null) {
      throw new IllegalArgumentException("This course is not for sale.");
    }
    Purchase purchase = new Purchase(buyer, course, OffsetDateTime.now(ZoneOffset.UTC));
    if (useCashback) {
      purchase.payWithCashback(
          wallet.spendUpTo(
              username, purchase.getPrice(), purchase.getCurrency(), purchase.getId()));
    }
    em.persist(purchase);
    purchaseCompleted.fire(toEvent(purchase));
    return purchase;
  }

  /** What the learner could pay with cashback now. */
  public BigDecimal availableCashback(String username, String currency) {
    return wallet.available(username, currency);
  }

  static PurchaseCompleted toEvent(Purchase purchase) {
    return new PurchaseCompleted(
        purchase.getId(),
        buyer(purchase.getBuyer()),
        List.of(item(purchase.getCourse(), purchase.getPrice(), purchase.getPaidWithCashback())),
        purchase.getCurrency(),
        purchase.getPurchasedAt().toInstant());
  }

  /** The buyer as the cashback plugin sees them; the platform's groups are its roles. */
  static Buyer buyer(Account account) {
    return new Buyer(
        account.getUsername(),
        account.getDisplayName(),
        account.getEmail(),
        account.getAvatarUrl(),
        Set.of(account.getRole().roleName()));
  }

  /** One course at the price paid, as the cashback plugin sees it. */
  static PurchaseItem item(Course course, BigDecimal price) {
    return item(course, price, BigDecimal.ZERO);
  }

  /** The same, with the part paid from the cashback balance (which earns no cashback). */
  static PurchaseItem item(Course course, BigDecimal price, BigDecimal paidWithCashback) {
    return new PurchaseItem(
        ItemType.COURSE,
        course.getId(),
        course.getTitle(),
        course.getImageUrl(),
        course.getCategory().getId(),
        course.getInstructor().getUsername(),
        price,
        1,
        BigDecimal.ZERO,
        paidWithCashback,
        course.getRefundWindowDays());
  }
}
