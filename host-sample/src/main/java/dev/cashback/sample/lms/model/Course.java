package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "lms_course")
public class Course {

  @Id
  @Column(length = 100)
  private String id;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal price;

  @Column(nullable = false, length = 3)
  private String currency;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instructor")
  private Account instructor;

  @Column(name = "image_url", length = 500)
  private String imageUrl;

  /** How many lessons the course has; a learner's progress is the share of them done. */
  @Column(nullable = false)
  private int lessons = 10;

  /** Days after a purchase during which the platform refunds the course; none promised: null. */
  @Column(name = "refund_window_days")
  private Integer refundWindowDays = 14;

  protected Course() {}

  public Course(
      String id,
      String title,
      String description,
      BigDecimal price,
      String currency,
      Category category,
      Account instructor,
      String imageUrl) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.price = price;
    this.currency = currency;
    this.category = category;
    this.instructor = instructor;
    this.imageUrl = imageUrl;
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public Category getCategory() {
    return category;
  }

  public Account getInstructor() {
    return instructor;
  }

  public String getImageUrl() {
    return imageUrl;
  }

  public int getLessons() {
    return lessons;
  }

  public Integer getRefundWindowDays() {
    return refundWindowDays;
  }
}
