package dev.cashback.sample.lms.web;

import dev.cashback.plugin.api.CashbackClicks;
import dev.cashback.plugin.api.ClickRedirect;
import dev.cashback.plugin.api.ShopClick;
import dev.cashback.sample.lms.model.Store;
import dev.cashback.sample.lms.model.StoreOffer;
import dev.cashback.sample.lms.security.ClientAddressHash;
import dev.cashback.sample.lms.service.Stores;
import dev.cashback.sample.lms.service.Stores.OfferLookup;
import dev.cashback.sample.lms.service.Stores.StoreWithOffers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * All stores, each with its deals and coupons, and Shop now on the store and on each offer: the
 * click is recorded by the cashback plugin (a POST of this page, so no link or image elsewhere can
 * record one), with the offer chosen, and the learner is sent on to the shop (or the offer's own
 * landing page) with the click id the network reports back. The offer id arrives as a request
 * parameter and is checked again: it must exist, belong to the store and not have expired.
 */
@Named
@RequestScoped
public class StoresPage {

  @Inject SecurityContext security;
  @Inject CashbackClicks clicks;
  @Inject Stores stores;
  @Inject StoresFilter filter;
  @Inject ClientAddressHash addressHash;

  private List<StoreWithOffers> cards;
  private String cardsKey;

  /** The stores the filter lets through, each with the offers it shows. */
  public List<StoreWithOffers> getCards() {
    String key = filter.getName() + '\u0000' + filter.getKind();
    if (cards == null || !key.equals(cardsKey)) {
      cards = stores.list(filter.getName(), filter.offerKind());
      cardsKey = key;
    }
    return cards;
  }

  public boolean isFiltered() {
    return filter.isActive();
  }

  public boolean isCanShop() {
    return security.isCallerInRole("learner");
  }

  /** The offer's last valid day for the viewer's locale, or "" when it does not expire. */
  public String validUntil(StoreOffer offer) {
    LocalDate day = offer.getExpiresOn();
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }

  /** Shop now on the store itself. */
  public void shopNow(String storeId) throws IOException {
    Store store = stores.store(storeId).orElse(null);
    if (store == null || !isCanShop()) {
      unavailable();
      return;
    }
    go(store, null, store.getMerchantUrl());
  }

  /**
   * Shop now on one of the store's deals or coupons; {@code offerId} is the request's {@code offer}
   * parameter, so it is checked here. Nothing is recorded when it is refused.
   */
  public void shopOffer(String storeId, String offerId) throws IOException {
    Store store = stores.store(storeId).orElse(null);
    if (store == null || !isCanShop()) {
      unavailable();
      return;
    }
    OfferLookup lookup = stores.offerFor(store, offerId);
    switch (lookup.check()) {
      case VALID -> go(store, lookup.offer().clickLabel(), lookup.offer().landingUrl());
      case EXPIRED ->
          Messages.error(
              Messages.text("stores.offer.unavailable"),
              Messages.text("stores.offer.expired", lookup.offer().getTitle()));
      case OTHER_STORE ->
          Messages.error(
              Messages.text("stores.offer.unavailable"),
              Messages.text("stores.offer.otherStore", store.getName()));
      case UNKNOWN ->
          Messages.error(
              Messages.text("stores.offer.unavailable"), Messages.text("stores.offer.unknown"));
    }
  }

  private void go(Store store, String offer, String url) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String user = security.getCallerPrincipal().getName();
    if (!stores.emailVerified(user)) {
      // Cashback is paid to people the platform can reach: a verified address comes first.
      Messages.error(
          Messages.text("stores.verifyFirst"), Messages.text("stores.verifyFirst.detail"));
      return;
    }
    ClickRedirect redirect;
    try {
      redirect =
          clicks.record(
              new ShopClick(
                  user,
                  user,
                  store.getNetworkCode(),
                  store.getId(),
                  store.getName(),
                  offer,
                  url,
                  addressHash.of(ClientRequest.clientIp(request)),
                  request.getHeader("User-Agent")));
    } catch (IllegalArgumentException e) {
      // The store's network is switched off, or its address is not a web address.
      unavailable();
      return;
    }
    external.redirect(redirect.url());
  }

  private static void unavailable() {
    Messages.error(Messages.text("stores.unavailable"), Messages.text("stores.unavailable.detail"));
  }
}
