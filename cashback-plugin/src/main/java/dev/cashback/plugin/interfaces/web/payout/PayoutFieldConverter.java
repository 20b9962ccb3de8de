package dev.cashback.plugin.interfaces.web.payout;

import dev.cashback.plugin.domain.payout.PayoutField;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Payout fields chosen in a list of checkboxes: a generic list needs its converter named. */
@FacesConverter("cashbackPayoutField")
public class PayoutFieldConverter implements Converter<PayoutField> {

  @Override
  public PayoutField getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PayoutField.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException("There is no such field.");
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PayoutField value) {
    return value == null ? "" : value.name();
  }
}
