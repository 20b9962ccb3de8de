package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Category;
import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Role;
import dev.cashback.sample.lms.model.Store;
import dev.cashback.sample.lms.model.StoreOffer;
import dev.cashback.sample.lms.security.DemoMode;
import dev.cashback.sample.lms.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts, courses and shops, created on the first start of an empty database and never
 * again, and only on a declared demo ({@code cashback.demo-data=true}: the one-command run and the
 * tests). Every demo account has the published password {@value #DEMO_PASSWORD}.
 */
@Singleton
@Startup
@DependsOn("LmsDatabase")
public class DemoData {

  public static final String DEMO_PASSWORD = DemoMode.PASSWORD;

  /** The demo accounts' user names (their password is published). */
  static final List<String> ACCOUNT_NAMES =
      List.of("admin", "alan", "irene", "ivan", "lena", "leo", "lucy");

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject PasswordHashing passwordHashing;

  @Inject
  @ConfigProperty(name = DemoMode.KEY, defaultValue = "false")
  boolean demo;

  @PostConstruct
  void seedOnce() {
    if (!demo) {
      // Published passwords and secrets belong on a declared demo only (cashback.demo-data).
      return;
    }
    seedStores();
    seedOffers();
    if (em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() > 0) {
      return;
    }
    // Cheap on a demo (see PasswordHashing): the password is published anyway.
    String hash = passwordHashing.hash(DEMO_PASSWORD.toCharArray());
    account("admin", "Ada Admin", Role.ADMIN, hash);
    account("alan", "Alan Admin", Role.ADMIN, hash);
    Account irene = account("irene", "Irene Instructor", Role.INSTRUCTOR, hash);
    Account ivan = account("ivan", "Ivan Instructor", Role.INSTRUCTOR, hash);
    account("lena", "Lena Learner", Role.LEARNER, hash);
    account("leo", "Leo Learner", Role.LEARNER, hash);
    account("lucy", "Lucy Learner", Role.LEARNER, hash);

    Category programming = category("programming", "Programming");
    Category design = category("design", "Design");
    Category business = category("business", "Business");

    course("java-basics", "Java from Scratch", "49.00", programming, irene);
    course("jakarta-ee", "Jakarta EE in Practice", "89.00", programming, irene);
    course("sql-deep-dive", "SQL Deep Dive", "59.99", programming, ivan);
    course("testing-java", "Testing Java Applications", "39.50", programming, ivan);
    course("ui-principles", "UI Design Principles", "45.00", design, ivan);
    course("color-theory", "Color Theory for Screens", "19.99", design, irene);
    course("typography", "Typography Essentials", "29.00", design, ivan);
    course("startup-finance", "Startup Finance", "79.00", business, irene);
    course("negotiation", "Negotiation Skills", "35.00", business, ivan);
    course("project-management", "Project Management Basics", "55.25", business, irene);
  }

  private Account account(String username, String name, Role role, String hash) {
    Account account = new Account(username, name, username + "@example.com", role, hash);
    account.emailVerified(OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(account);
    return account;
  }

  /** Demo shops on the plugin's demo network; added when there are none (no accounts involved). */
  private void seedStores() {
    if (em.createQuery("SELECT COUNT(s) FROM Store s", Long.class).getSingleResult() > 0) {
      return;
    }
    em.persist(
        new Store(
            "book-nook",
            "Book Nook",
            "Programming books and e-books.",
            "demo-network",
            "https://shop.example/book-nook?subid={clickId}",
            "Up to 6% cashback"));
    em.persist(
        new Store(
            "desk-depot",
            "Desk Depot",
            "Desks, chairs and lamps for a home office.",
            "demo-network",
            "https://shop.example/desk-depot",
            "Up to 4% cashback"));
    em.persist(
        new Store(
            "cloud-credits",
            "Cloud Credits",
            "Hosting and cloud credits for your projects.",
            "demo-network",
            "https://shop.example/cloud-credits?ref=lms&subid={clickId}",
            "Up to 10% cashback"));
  }

  /**
   * Deals and coupons of the demo shops; added when there are no offers at all, to whichever demo
   * shops exist. One deal ends 90 days after it is seeded.
   */
  private void seedOffers() {
    if (em.createQuery("SELECT COUNT(o) FROM StoreOffer o", Long.class).getSingleResult() > 0) {
      return;
    }
    LocalDate in90Days = LocalDate.now(ZoneOffset.UTC).plusDays(90);
    Store books = em.find(Store.class, "book-nook");
    if (books != null) {
      em.persist(
          StoreOffer.coupon(
              books,
              "20% off programming books",
              "Printed books and e-books; enter the code at checkout.",
              "BOOKS20",
              null,
              null));
      em.persist(
          StoreOffer.deal(
              books,
              "E-book bundle: five titles for $25",
              "Pick any five e-books from the Java and SQL shelves.",
              "https://shop.example/book-nook/bundles?subid={clickId}",
              in90Days));
    }
    Store desks = em.find(Store.class, "desk-depot");
    if (desks != null) {
      em.persist(
          StoreOffer.deal(
              desks,
              "Ergonomic chairs from $149",
              "Adjustable office chairs with free delivery.",
              "https://shop.example/desk-depot/chairs",
              null));
      em.persist(
          StoreOffer.coupon(
              desks,
              "$15 off orders over $100",
              "Once per customer, on desks, chairs and lamps.",
              "DESK15",
              null,
              null));
    }
    Store cloud = em.find(Store.class, "cloud-credits");
    if (cloud != null) {
      em.persist(
          StoreOffer.coupon(
              cloud,
              "$50 in credits for new accounts",
              "Enter the code when you sign up; credits last 12 months.",
              "LMS50",
              "https://shop.example/cloud-credits/signup?ref=lms&subid={clickId}",
              null));
      em.persist(
          StoreOffer.deal(
              cloud,
              "Student plan: three months free",
              "A small server and a database for your course projects.",
              null,
              null));
      em.persist(
          StoreOffer.coupon(
              cloud,
              "10% off reserved servers",
              "On one- and three-year reservations.",
              "RESERVE10",
              null,
              null));
    }
  }

  private Category category(String id, String name) {
    Category category = new Category(id, name);
    em.persist(category);
    return category;
  }

  private void course(String id, String title, String price, Category category, Account by) {
    em.persist(
        new Course(
            id,
            title,
            title + ": a self-paced course in " + category.getName().toLowerCase() + ".",
            new BigDecimal(price),
            "USD",
            category,
            by,
            "/images/" + category.getId() + ".svg"));
  }
}
