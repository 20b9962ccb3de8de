package dev.cashback.sample.lms.model;

/** The platform's roles; the same names are the container's security roles. */
public enum Role {
  ADMIN,
  INSTRUCTOR,
  LEARNER;

  public String roleName() {
    return name().toLowerCase();
  }
}
