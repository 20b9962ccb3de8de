package dev.cashback.plugin.application.payout;

import dev.cashback.plugin.api.PayoutProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Every payout provider deployed (the plugin's manual one and any the host adds), by id. */
@ApplicationScoped
public class PayoutProviders {

  @Inject @Any Instance<PayoutProvider> providers;

  public boolean has(String id) {
    return find(id).isPresent();
  }

  public Optional<PayoutProvider> find(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return providers.stream().map(PayoutProvider::id).sorted().toList();
  }
}
