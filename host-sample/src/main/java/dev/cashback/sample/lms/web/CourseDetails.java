package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Catalog;
import dev.cashback.sample.lms.service.Checkout;
import dev.cashback.sample.lms.service.Learning;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;

/** The course page with its Buy button. */
@Named
@ViewScoped
public class CourseDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalog catalog;
  @Inject Checkout checkout;
  @Inject Learning learning;
  @Inject SecurityContext security;

  private String id;
  private Course course;
  private boolean useCashback;
  private BigDecimal availableCashback;
  private Boolean owned;
  private Integer lessonsDone;

  /** View action: an unknown id gets a clear message instead of an error page. */
  public void load() {
    course = catalog.course(id).orElse(null);
  }

  public String buy() {
    if (course == null) {
      Messages.error(
          Messages.text("course.message.notFound.summary"),
          Messages.text("course.message.notFound.detail"));
      return null;
    }
    if (!security.isCallerInRole("learner")) {
      Messages.error(
          Messages.text("course.message.learnersOnly.summary"),
          Messages.text("course.message.learnersOnly.detail"));
      return null;
    }
    Purchase purchase =
        checkout.buy(security.getCallerPrincipal().getName(), course.getId(), useCashback);
    return "/purchase.xhtml?faces-redirect=true&id=" + purchase.getId();
  }

  /** Marks the learner's next lesson done; the platform reports the progress to the plugin. */
  public void markLessonDone() {
    if (course == null || !isOwned()) {
      Messages.error(
          Messages.text("course.message.notFound.summary"),
          Messages.text("course.message.notOwned.detail"));
      return;
    }
    lessonsDone = learning.markLessonDone(security.getCallerPrincipal().getName(), course.getId());
    Messages.info(
        Messages.text("course.message.lessonDone.summary"),
        Messages.text("course.progress", lessonsDone, course.getLessons(), getPercentComplete()));
  }

  /** Whether the signed-in learner owns this course (bought, not refunded). */
  public boolean isOwned() {
    if (owned == null) {
      owned = isCanBuy() && learning.owns(security.getCallerPrincipal().getName(), course.getId());
    }
    return owned;
  }

  public int getLessonsDone() {
    if (lessonsDone == null) {
      lessonsDone =
          isOwned() ? learning.lessonsDone(security.getCallerPrincipal().getName(), id) : 0;
    }
    return lessonsDone;
  }

  public int getPercentComplete() {
    return Learning.percent(getLessonsDone(), course.getLessons());
  }

  /** The learner's available cashback in the course's currency, for the checkout option. */
  public BigDecimal getAvailableCashback() {
    if (availableCashback == null) {
      availableCashback =
          isCanBuy()
              ? checkout.availableCashback(
                  security.getCallerPrincipal().getName(), course.getCurrency())
              : BigDecimal.ZERO;
    }
    return availableCashback;
  }

  public boolean isUseCashback() {
    return useCashback;
  }

  public void setUseCashback(boolean useCashback) {
    this.useCashback = useCashback;
  }

  public boolean isCanBuy() {
    return course != null && security.isCallerInRole("learner");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Course getCourse() {
    return course;
  }
}
