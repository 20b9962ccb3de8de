package dev.cashback.sample.lms.service;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Category;
import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the cashback plugin which courses, categories, instructors, users and groups exist here.
 * The platform's groups are its roles.
 */
@ApplicationScoped
@Transactional
public class LmsDirectory implements HostDirectory {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Override
  public boolean hasTarget(String targetType, String targetId) {
    return switch (targetType) {
      case "COURSE" -> em.find(Course.class, targetId) != null;
      case "CATEGORY" -> em.find(Category.class, targetId) != null;
      case "INSTRUCTOR" -> {
        Account account = em.find(Account.class, targetId);
        yield account != null && account.getRole() == Role.INSTRUCTOR;
      }
      default -> false;
    };
  }

  @Override
  public boolean hasUser(String userId) {
    return em.find(Account.class, userId) != null;
  }

  @Override
  public Optional<String> emailOf(String userId) {
    return Optional.ofNullable(em.find(Account.class, userId)).map(Account::getEmail);
  }

  @Override
  public Optional<Locale> languageOf(String userId) {
    return Optional.ofNullable(em.find(Account.class, userId))
        .map(Account::getLanguage)
        .map(Locale::forLanguageTag);
  }

  @Override
  public Optional<PurchaseCompleted> previewPurchase(String userId, List<String> courseIds) {
    Account buyer = em.find(Account.class, userId);
    List<Course> courses =
        courseIds.stream().map(id -> em.find(Course.class, id)).filter(Objects::nonNull).toList();
    if (buyer == null || courses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PurchaseCompleted(
            "preview",
            Checkout.buyer(buyer),
            courses.stream().map(c -> Checkout.item(c, c.getPrice())).toList(),
            courses.get(0).getCurrency(),
            Instant.now()));
  }

  @Override
  public boolean hasGroup(String groupId) {
    return Arrays.stream(Role.values()).anyMatch(role -> role.roleName().equals(groupId));
  }
}
