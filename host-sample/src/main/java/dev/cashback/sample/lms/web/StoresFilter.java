package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.OfferKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The All stores page's filter, kept with the view: a Shop now posted after filtering finds its
 * button in the same list the learner saw.
 */
@Named
@ViewScoped
public class StoresFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which offers to show: {@code ALL}, {@code DEAL} or {@code COUPON}. */
  private String kind = "ALL";

  private String name = "";

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = "DEAL".equals(kind) || "COUPON".equals(kind) ? kind : "ALL";
  }

  /** The kind to show, or null for all. */
  OfferKind offerKind() {
    return "ALL".equals(kind) ? null : OfferKind.valueOf(kind);
  }

  boolean isActive() {
    return !name.isBlank() || !"ALL".equals(kind);
  }
}
