package dev.cashback.plugin.interfaces.web.network;

import dev.cashback.plugin.application.network.NetworkAdministration;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The admin's Affiliate networks page (the list, and a dialog to add or change one) and Click
 * history (filtered by user and store). The postbacks it refused are on the Refused events page.
 */
@Named
@ViewScoped
public class ManageNetworks implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "networkForm:code",
          "name", "networkForm:name",
          "postbackSecret", "networkForm:secret",
          "confirmDays", "networkForm:days",
          "expiryDays", "networkForm:expiryDays",
          "userSharePercent", "networkForm:share");

  @Inject NetworkAdministration administration;

  private Long editingId;
  private String code;
  private String name;
  private String secret;
  private Integer confirmDays = 30;
  private Integer expiryDays;
  private BigDecimal share = BigDecimal.valueOf(80);
  private boolean enabled = true;
  private String clickUser;
  private String clickStore;
  private transient List<AffiliateNetwork> networks;
  private transient List<Click> clicks;

  public List<AffiliateNetwork> getNetworks() {
    if (networks == null) {
      networks = administration.networks();
    }
    return networks;
  }

  public List<Click> getClicks() {
    if (clicks == null) {
      clicks = administration.clicks(clickUser, clickStore, 300);
    }
    return clicks;
  }

  public void filterClicks() {
    clicks = null;
  }

  public void create() {
    editingId = null;
    code = null;
    name = null;
    secret = null;
    confirmDays = 30;
    expiryDays = null;
    share = BigDecimal.valueOf(80);
    enabled = true;
  }

  public void edit(AffiliateNetwork network) {
    editingId = network.getId();
    code = network.getCode();
    name = network.getName();
    secret = network.getPostbackSecret();
    confirmDays = network.getConfirmDays();
    expiryDays = network.getExpiryDays();
    share = network.getUserSharePercent();
    enabled = network.isEnabled();
  }

  public void save() {
    try {
      AffiliateNetwork saved =
          administration.save(
              editingId, code, name, secret, confirmDays, expiryDays, share, enabled);
      PageMessages.info("message.networkSaved", saved.getName());
      networks = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('networkDialog').hide()");
    } catch (RuntimeException e) {
      PageMessages.refused(e, FIELDS);
    }
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public Integer getConfirmDays() {
    return confirmDays;
  }

  public void setConfirmDays(Integer confirmDays) {
    this.confirmDays = confirmDays;
  }

  public Integer getExpiryDays() {
    return expiryDays;
  }

  public void setExpiryDays(Integer expiryDays) {
    this.expiryDays = expiryDays;
  }

  public BigDecimal getShare() {
    return share;
  }

  public void setShare(BigDecimal share) {
    this.share = share;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getClickUser() {
    return clickUser;
  }

  public void setClickUser(String clickUser) {
    this.clickUser = clickUser;
  }

  public String getClickStore() {
    return clickStore;
  }

  public void setClickStore(String clickStore) {
    this.clickStore = clickStore;
  }
}
