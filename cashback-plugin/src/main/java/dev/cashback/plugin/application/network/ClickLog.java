package dev.cashback.plugin.application.network;

import dev.cashback.plugin.api.CashbackClicks;
import dev.cashback.plugin.api.ClickRedirect;
import dev.cashback.plugin.api.ShopClick;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.domain.shared.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** The click log: each "Shop now" recorded with the network's terms of that moment. */
@ApplicationScoped
@HostEntry
public class ClickLog implements CashbackClicks {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject NetworkRepository networks;
  @Inject TimeSource clock;

  @Override
  @Transactional
  public ClickRedirect record(ShopClick shop) {
    AffiliateNetwork network =
        networks
            .byCode(shop.networkCode())
            .filter(AffiliateNetwork::isEnabled)
            .orElseThrow(
                () -> new IllegalArgumentException("No enabled network " + shop.networkCode()));
    URI merchant = URI.create(shop.merchantUrl().replace("{clickId}", "x"));
    if (!"https".equals(merchant.getScheme()) && !"http".equals(merchant.getScheme())) {
      throw new IllegalArgumentException("The merchant's address must be an http(s) URL");
    }
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String clickId = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Click click =
        new Click(
            clickId,
            shop.userId(),
            shop.userName(),
            network,
            shop.storeId(),
            shop.storeName(),
            shop.offerId(),
            shop.merchantUrl(),
            Hashes.sha256(shop.clientIp()),
            shop.userAgent() == null ? null : left(shop.userAgent(), 300),
            clock.now());
    networks.add(click);
    return new ClickRedirect(clickId, withClickId(shop.merchantUrl(), clickId));
  }

  private static String withClickId(String url, String clickId) {
    String id = URLEncoder.encode(clickId, StandardCharsets.UTF_8);
    if (url.contains("{clickId}")) {
      return url.replace("{clickId}", id);
    }
    return url + (url.contains("?") ? "&" : "?") + "cb_click=" + id;
  }

  private static String left(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
