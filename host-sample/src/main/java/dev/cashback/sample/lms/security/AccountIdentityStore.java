package dev.cashback.sample.lms.security;

import dev.cashback.sample.lms.model.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/**
 * Checks a user name and password against the stored PBKDF2 hash; the account's role is its group.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Account account = em.find(Account.class, login.getCaller());
    passwordHash.initialize(Map.of());
    if (account == null
        || !passwordHash.verify(login.getPassword().getValue(), account.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        account.getUsername(), Set.of(account.getRole().roleName()));
  }
}
