package dev.cashback.plugin.infrastructure.config;

import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The host's JTA datasource, found under the JNDI name in {@value ConfigKeys#DATASOURCE}. The
 * plugin writes to the host's own datasource so that a purchase and its inbox row commit together.
 * The persistence unit reads the same key at deployment.
 */
@ApplicationScoped
public class CashbackDataSource {

  @Inject
  @ConfigProperty(name = ConfigKeys.DATASOURCE, defaultValue = ConfigKeys.DATASOURCE_DEFAULT)
  String jndiName;

  private volatile DataSource dataSource;

  public DataSource get() {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(jndiName);
      } catch (NamingException e) {
        throw new IllegalStateException(
            "No datasource at " + jndiName + "; set " + ConfigKeys.DATASOURCE + " to the host's",
            e);
      }
    }
    return dataSource;
  }
}
