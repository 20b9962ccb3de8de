package dev.cashback.sample.lms.web;

import dev.cashback.plugin.api.CashbackClicks;
import dev.cashback.plugin.api.ClickRedirect;
import dev.cashback.plugin.api.ShopClick;
import dev.cashback.sample.lms.model.Store;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/**
 * All stores, each with Shop now: the click is recorded by the cashback plugin (a POST of this
 * page, so no link or image elsewhere can record one) and the learner is sent on to the shop with
 * the click id the network reports back.
 */
@Named
@RequestScoped
public class StoresPage {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject SecurityContext security;
  @Inject CashbackClicks clicks;

  public List<Store> getStores() {
    return em.createQuery("SELECT s FROM Store s ORDER BY s.name", Store.class).getResultList();
  }

  public boolean isCanShop() {
    return security.isCallerInRole("learner");
  }

  public void shopNow(String storeId) throws IOException {
    Store store = em.find(Store.class, storeId);
    if (store == null || !isCanShop()) {
      Messages.error(
          Messages.text("stores.unavailable"), Messages.text("stores.unavailable.detail"));
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String user = security.getCallerPrincipal().getName();
    ClickRedirect redirect =
        clicks.record(
            new ShopClick(
                user,
                user,
                store.getNetworkCode(),
                store.getId(),
                store.getName(),
                null,
                store.getMerchantUrl(),
                request.getRemoteAddr(),
                request.getHeader("User-Agent")));
    external.redirect(redirect.url());
  }
}
