package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.OfferKind;
import dev.cashback.sample.lms.model.Store;
import dev.cashback.sample.lms.model.StoreOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stores learners shop at, with their deals and coupons. An offer is valid through its {@code
 * expiresOn} day (UTC); expired offers are neither listed nor resolved for a click.
 */
@ApplicationScoped
@Transactional
public class Stores {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  /** A store with the offers it shows now. */
  public record StoreWithOffers(Store store, List<StoreOffer> offers) {}

  /** Why an offer cannot be used for a click, or that it can. */
  public enum OfferCheck {
    VALID,
    UNKNOWN,
    EXPIRED,
    OTHER_STORE
  }

  /** An offer looked up for a click of one store, with the outcome of the checks. */
  public record OfferLookup(OfferCheck check, StoreOffer offer) {}

  private static final Clock UTC = Clock.system(ZoneOffset.UTC);

  /** Today, as offers' last valid days are read. */
  /** Whether the user's e-mail address is verified (shopping with cashback needs it). */
  public boolean emailVerified(String username) {
    Account account = em.find(Account.class, username);
    return account != null && account.isEmailVerified();
  }

  public LocalDate today() {
    return LocalDate.now(UTC);
  }

  /**
   * Stores by name, each with its valid offers (deals before coupons, then by title).
   *
   * @param nameContains part of the store's name, any case; blank for every store
   * @param kind only offers of this kind, and only stores that have one; null for every store and
   *     offer
   */
  public List<StoreWithOffers> list(String nameContains, OfferKind kind) {
    String needle = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
    Map<String, List<StoreOffer>> offersByStore = new LinkedHashMap<>();
    for (StoreOffer offer :
        em.createQuery(
                "SELECT o FROM StoreOffer o JOIN FETCH o.store"
                    + " WHERE o.expiresOn IS NULL OR o.expiresOn >= :today"
                    + " ORDER BY o.kind, o.title, o.id",
                StoreOffer.class)
            .setParameter("today", today())
            .getResultList()) {
      if (kind == null || offer.getKind() == kind) {
        offersByStore.computeIfAbsent(offer.getStore().getId(), id -> new ArrayList<>()).add(offer);
      }
    }
    List<StoreWithOffers> result = new ArrayList<>();
    for (Store store :
        em.createQuery("SELECT s FROM Store s ORDER BY s.name, s.id", Store.class)
            .getResultList()) {
      List<StoreOffer> offers = offersByStore.getOrDefault(store.getId(), List.of());
      boolean nameMatches = store.getName().toLowerCase(Locale.ROOT).contains(needle);
      if (nameMatches && (kind == null || !offers.isEmpty())) {
        result.add(new StoreWithOffers(store, offers));
      }
    }
    return result;
  }

  public Optional<Store> store(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Store.class, id));
  }

  /**
   * The offer {@code offerId} (as the request gave it) for a click on {@code store}: unknown when
   * it is not a number or no such offer exists, of another store, or expired.
   */
  public OfferLookup offerFor(Store store, String offerId) {
    long id;
    try {
      id = Long.parseLong(offerId == null ? "" : offerId.strip());
    } catch (NumberFormatException e) {
      return new OfferLookup(OfferCheck.UNKNOWN, null);
    }
    StoreOffer offer = em.find(StoreOffer.class, id);
    if (offer == null) {
      return new OfferLookup(OfferCheck.UNKNOWN, null);
    }
    if (!offer.getStore().getId().equals(store.getId())) {
      return new OfferLookup(OfferCheck.OTHER_STORE, offer);
    }
    if (!offer.isValidOn(today())) {
      return new OfferLookup(OfferCheck.EXPIRED, offer);
    }
    return new OfferLookup(OfferCheck.VALID, offer);
  }
}
