package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The admin's payout method form: name, type, minimum, processing time, fields, enabled. */
public class PayoutMethodDraft {

  private String name;
  private PayoutType type = PayoutType.PAYPAL;
  private BigDecimal minimumAmount;
  private String currency;
  private int processingDays = 3;
  private List<PayoutField> fields = new ArrayList<>();
  private String provider = "manual";
  private boolean enabled = true;

  /** Field name to message; empty when the method may be saved. */
  public Map<String, String> validate() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (name == null || name.isBlank()) {
      errors.put("name", "Give the method a name.");
    } else if (name.length() > 100 || !PlainText.isPlain(name)) {
      errors.put("name", "Use plain text of at most 100 characters.");
    }
    if (type == null) {
      errors.put("type", "Choose the type of payout.");
    }
    if (minimumAmount == null || minimumAmount.signum() <= 0) {
      errors.put("minimumAmount", "The minimum must be more than zero.");
    } else if (!Money.isStorable(minimumAmount)) {
      errors.put("minimumAmount", "The minimum has too many digits.");
    }
    if (!Money.isCurrency(currency)) {
      errors.put("currency", "Choose the currency of the payouts.");
    }
    if (processingDays < 0 || processingDays > 90) {
      errors.put("processingDays", "The processing time is between 0 and 90 days.");
    }
    if (fields == null || fields.isEmpty()) {
      errors.put("fields", "Choose at least one field the learner must give.");
    }
    if (provider == null || !provider.matches("[a-z0-9-]{1,50}")) {
      errors.put("provider", "Choose how payouts are made.");
    }
    return errors;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public PayoutType getType() {
    return type;
  }

  public void setType(PayoutType type) {
    this.type = type;
  }

  public BigDecimal getMinimumAmount() {
    return minimumAmount;
  }

  public void setMinimumAmount(BigDecimal minimumAmount) {
    this.minimumAmount = minimumAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public int getProcessingDays() {
    return processingDays;
  }

  public void setProcessingDays(int processingDays) {
    this.processingDays = processingDays;
  }

  public List<PayoutField> getFields() {
    return fields;
  }

  public void setFields(List<PayoutField> fields) {
    this.fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
