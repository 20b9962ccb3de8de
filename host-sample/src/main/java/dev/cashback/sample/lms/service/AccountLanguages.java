package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The language each person chose, kept on their account for the e-mails sent to them. */
@ApplicationScoped
public class AccountLanguages {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Transactional
  public void choose(String username, String tag) {
    Account account = em.find(Account.class, username);
    if (account != null) {
      account.chooseLanguage(tag);
    }
  }
}
