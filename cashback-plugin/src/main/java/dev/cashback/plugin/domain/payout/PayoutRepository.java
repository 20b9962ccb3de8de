package dev.cashback.plugin.domain.payout;

import java.util.List;
import java.util.Optional;

/** Where payout methods and payouts are kept; payouts are added and moved on, never deleted. */
public interface PayoutRepository {

  List<PayoutMethod> methods();

  List<PayoutMethod> enabledMethods();

  Optional<PayoutMethod> method(long id);

  void add(PayoutMethod method);

  void add(Payout payout);

  Optional<Payout> find(long id);

  /** The payout, locked for the rest of the transaction, so two admins cannot decide it twice. */
  Optional<Payout> findForUpdate(long id);

  /**
   * Payouts in a status (all when null) and of users whose id starts with the text, newest first.
   */
  List<Payout> search(PayoutStatus status, String userId, int first, int max);

  List<Payout> ofUser(String userId);
}
