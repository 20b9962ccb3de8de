package dev.cashback.plugin.infrastructure.config;

import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The host's JTA datasource, found under the JNDI name in {@value ConfigKeys#DATASOURCE}. The
 * plugin writes to the host's own datasource so that a purchase and its inbox row commit together.
 * The persistence unit uses the runtime's default datasource, the default of this key too.
 */
@ApplicationScoped
public class CashbackDataSource {

  private volatile DataSource dataSource;

  /** The JNDI name the host gave, or the standard one it binds by default. */
  public static String jndiName() {
    return ConfigProvider.getConfig()
        .getOptionalValue(ConfigKeys.DATASOURCE, String.class)
        .filter(name -> !name.isBlank())
        .orElse(ConfigKeys.DATASOURCE_DEFAULT);
  }

  public DataSource get() {
    if (dataSource == null) {
      String jndiName = jndiName();
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
