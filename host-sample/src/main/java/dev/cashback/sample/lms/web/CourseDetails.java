package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Catalog;
import dev.cashback.sample.lms.service.Checkout;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

/** The course page with its Buy button. */
@Named
@ViewScoped
public class CourseDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalog catalog;
  @Inject Checkout checkout;
  @Inject SecurityContext security;

  private String id;
  private Course course;

  /** View action: an unknown id gets a clear message instead of an error page. */
  public void load() {
    course = catalog.course(id).orElse(null);
  }

  public String buy() {
    if (course == null) {
      Messages.error("Not found", "This course does not exist.");
      return null;
    }
    if (!security.isCallerInRole("learner")) {
      Messages.error("Learners only", "Sign in as a learner to buy a course.");
      return null;
    }
    Purchase purchase = checkout.buy(security.getCallerPrincipal().getName(), course.getId());
    return "/purchase.xhtml?faces-redirect=true&id=" + purchase.getId();
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
