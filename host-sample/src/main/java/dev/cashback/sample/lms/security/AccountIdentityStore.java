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
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Checks a user name and password against the stored PBKDF2 hash (an unknown name costs the same
 * time, a hash at an older cost is replaced); the account's role is its group.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject PasswordHashing hashing;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    char[] password = login.getPassword().getValue();
    Account account = em.find(Account.class, login.getCaller());
    if (account == null) {
      hashing.verifyForUnknownUser(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hashing.verify(password, account.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (hashing.needsRehash(account.getPasswordHash(), password)) {
      account.passwordRehashed(hashing.hash(password));
    }
    return new CredentialValidationResult(
        account.getUsername(), Set.of(account.getRole().roleName()));
  }
}
