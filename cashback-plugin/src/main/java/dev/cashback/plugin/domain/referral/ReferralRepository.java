package dev.cashback.plugin.domain.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where referrals, referral codes and sign-ups are kept. */
public interface ReferralRepository {

  /** A page of the referrals the filter selects, the latest sign-up first. */
  List<Referral> search(ReferralFilter filter, int first, int max);

  long count(ReferralFilter filter);

  /** The referrals a user made as referrer, the latest sign-up first. */
  List<Referral> referredBy(String referrerId, int max);

  Optional<Referral> referral(String refereeId);

  /** Referees of waiting referrals, the longest unchecked first. */
  List<String> waitingReferees(int limit);

  /** Notes that a waiting referral was looked at (and is not due yet). */
  void markChecked(String refereeId, OffsetDateTime at);

  /** Locks the referral's row for the rest of the transaction and reads it again. */
  void lockAndRefresh(Referral referral);

  /** The user's code, if they have one. */
  Optional<String> codeOf(String userId);

  /** The owner of a (normalised) code. */
  Optional<String> ownerOfCode(String code);

  /** Locks the (normalised) code's row for the rest of the transaction (nothing when unknown). */
  void lockCode(String code);

  /** Adds a code, written at once: a clash (user or code taken) fails here. */
  void add(ReferralCode code);

  /** The user's own sign-up, if it was recorded. */
  Optional<Signup> signupOf(String userId);

  /** The sign-ups of the users a referrer referred. */
  List<Signup> signupsReferredBy(String referrerId);

  /** Adds a sign-up, written at once: a second sign-up of one user fails here. */
  void add(Signup signup);

  /** Adds a referral, written at once: a second referral of one referee fails here. */
  void add(Referral referral);
}
