package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.security.DemoMode;
import dev.cashback.sample.lms.security.PasswordHashing;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What on this database only a demo may have, because the README publishes it: a demo account that
 * still has the demo password, and an affiliate network whose postback secret is the demo network's
 * (anyone could post conversions to it).
 */
@ApplicationScoped
public class DemoSecrets {

  static final String DEMO_NETWORK_SECRET = "demo-network-secret";

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject PasswordHashing hashing;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** Each demo secret found, in words for the operator; empty when there is none. */
  public List<String> found() {
    List<String> found = new ArrayList<>();
    for (Account account :
        em.createQuery("SELECT a FROM Account a WHERE a.username IN :names", Account.class)
            .setParameter("names", DemoData.ACCOUNT_NAMES)
            .getResultList()) {
      if (hashing.verify(DemoMode.PASSWORD.toCharArray(), account.getPasswordHash())) {
        found.add("the demo account '" + account.getUsername() + "' with the published password");
      }
    }
    for (String network : networksWithTheDemoSecret()) {
      found.add("the network '" + network + "' with the published demo-network postback secret");
    }
    return found;
  }

  /** The plugin's networks table may not exist yet (its schema is migrated by the plugin). */
  private List<String> networksWithTheDemoSecret() {
    List<String> codes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT code FROM cb_network WHERE postback_secret = ?")) {
      query.setString(1, DEMO_NETWORK_SECRET);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          codes.add(rows.getString(1));
        }
      }
    } catch (SQLException noNetworksYet) {
      return List.of();
    }
    return codes;
  }
}
