package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "lms_category")
public class Category {

  @Id
  @Column(length = 100)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  protected Category() {}

  public Category(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
