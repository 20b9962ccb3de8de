package dev.cashback.plugin.application.network;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The admin's affiliate networks and click history; every change audited. Refused postbacks are
 * read with the other refused events ({@link RefusedEvents}).
 */
@RequestScoped
@Transactional
public class NetworkAdministration {

  @Inject CurrentUser caller;
  @Inject NetworkRepository networks;
  @Inject AuditLog audit;
  @Inject TimeSource clock;

  public List<AffiliateNetwork> networks() {
    caller.require(CurrentUser.ADMIN);
    return networks.networks();
  }

  /** Creates the network when {@code id} is null, else changes it (its code stays). */
  public AffiliateNetwork save(
      Long id,
      String code,
      String name,
      String secret,
      Integer confirmDays,
      Integer expiryDays,
      BigDecimal share,
      boolean enabled) {
    String admin = caller.require(CurrentUser.ADMIN);
    AffiliateNetwork network =
        id == null
            ? null
            : networks
                .network(id)
                .orElseThrow(() -> new NotFoundException("There is no such network."));
    String effectiveCode = network == null ? code : network.getCode();
    Map<String, String> errors =
        AffiliateNetwork.validate(effectiveCode, name, secret, confirmDays, share);
    if (expiryDays != null && (expiryDays < 0 || expiryDays > 3650)) {
      errors.put("expiryDays", "Cashback lasts between 0 (never expires) and 3650 days.");
    }
    if (errors.isEmpty() && network == null && networks.byCode(code).isPresent()) {
      errors = Map.of("code", "Another network has this code.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (network == null) {
      network = new AffiliateNetwork(code);
      network.apply(name, secret, confirmDays, expiryDays, share, enabled, clock.now());
      networks.add(network);
    } else {
      network.apply(name, secret, confirmDays, expiryDays, share, enabled, clock.now());
    }
    audit.record(
        admin,
        id == null ? AuditAction.NETWORK_CREATED : AuditAction.NETWORK_CHANGED,
        network.getCode(),
        null,
        name
            + ", share "
            + share
            + "%, confirm "
            + confirmDays
            + " days, expiry "
            + (expiryDays == null ? "default" : expiryDays + " days")
            + ", enabled "
            + enabled);
    return network;
  }

  /** Click history, newest first, by user (start of the id) and store. */
  public List<Click> clicks(String user, String storeId, int max) {
    caller.require(CurrentUser.ADMIN);
    return networks.clicks(
        user == null || user.isBlank() ? null : user.strip(),
        storeId == null || storeId.isBlank() ? null : storeId.strip(),
        0,
        max);
  }
}
