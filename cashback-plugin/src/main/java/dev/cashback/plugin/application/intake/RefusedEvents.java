package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.intake.RefusedEventRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Admins: the events the plugin refused, newest first: host events (a refund in another currency
 * than its purchase, ids or texts beyond the contract's limits, an insert that failed), so a host's
 * mistake is seen and corrected at the host instead of silently earning or reversing the wrong
 * cashback, and network postbacks (a takeover of another click's conversion, a disabled network),
 * so a network's error or a forgery is seen. {@link RefusedEventLog} writes them.
 */
@RequestScoped
@Transactional
public class RefusedEvents {

  @Inject CurrentUser caller;
  @Inject RefusedEventRepository events;

  public List<RefusedEvent> search(RefusedEvent.Kind kind, String id, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return events.search(kind, id, first, max);
  }

  public long count(RefusedEvent.Kind kind, String id) {
    caller.require(CurrentUser.ADMIN);
    return events.count(kind, id);
  }
}
