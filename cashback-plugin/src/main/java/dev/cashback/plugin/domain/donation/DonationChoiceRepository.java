package dev.cashback.plugin.domain.donation;

import java.util.Optional;

/** Where the learners' donation choices are kept. */
public interface DonationChoiceRepository {

  /** The learner's choice, if they made one. */
  Optional<DonationChoice> of(String userId);

  void add(DonationChoice choice);
}
