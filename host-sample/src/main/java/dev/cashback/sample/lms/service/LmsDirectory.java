package dev.cashback.sample.lms.service;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Category;
import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;

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
  public boolean hasGroup(String groupId) {
    return Arrays.stream(Role.values()).anyMatch(role -> role.roleName().equals(groupId));
  }
}
