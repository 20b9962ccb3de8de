package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The course catalogue; also read by the catalogue page as {@code catalog}. */
@Named
@ApplicationScoped
@Transactional
public class Catalog {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  public List<Course> courses() {
    return em.createQuery(
            "SELECT c FROM Course c JOIN FETCH c.category JOIN FETCH c.instructor"
                + " ORDER BY c.category.name, c.title",
            Course.class)
        .getResultList();
  }

  public Optional<Course> course(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Course.class, id));
  }
}
