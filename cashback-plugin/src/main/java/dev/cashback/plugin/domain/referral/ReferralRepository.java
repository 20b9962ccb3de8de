package dev.cashback.plugin.domain.referral;

import java.util.List;

/** Where referrals are read for the lists: the admin's and each referrer's own. */
public interface ReferralRepository {

  /** A page of the referrals the filter selects, the latest sign-up first. */
  List<Referral> search(ReferralFilter filter, int first, int max);

  long count(ReferralFilter filter);

  /** The referrals a user made as referrer, the latest sign-up first. */
  List<Referral> referredBy(String referrerId, int max);
}
