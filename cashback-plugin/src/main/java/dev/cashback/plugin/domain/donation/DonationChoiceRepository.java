package dev.cashback.plugin.domain.donation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where the learners' donation choices are kept. */
public interface DonationChoiceRepository {

  /** The learner's choice, if they made one. */
  Optional<DonationChoice> of(String userId);

  /** The choices these learners made, by learner; those who made none are absent. */
  Map<String, DonationChoice> ofAll(Collection<String> userIds);

  void add(DonationChoice choice);
}
