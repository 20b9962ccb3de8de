package dev.cashback.plugin.interfaces.web.rule;

import dev.cashback.plugin.application.rule.RulePreview;
import dev.cashback.plugin.domain.accrual.RuleExplanation;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cashback → Rule → Preview: a learner and a cart, and what each rule would grant and why not. */
@Named
@ViewScoped
public class PreviewRules implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RulePreview preview;

  private String user;
  private List<String> cart = new ArrayList<>();
  private List<RuleExplanation> results;

  public void run() {
    try {
      results = preview.preview(user, cart == null ? List.of() : cart);
    } catch (RuntimeException e) {
      results = null;
      PageMessages.refused(e, Map.of("user", "preview:user", "cart", "preview:cart"));
    }
  }

  public List<RuleExplanation> getResults() {
    return results;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public List<String> getCart() {
    return cart;
  }

  public void setCart(List<String> cart) {
    this.cart = cart;
  }
}
