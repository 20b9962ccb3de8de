package dev.cashback.plugin.infrastructure.migration;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.config.OptionalApis;
import dev.cashback.plugin.infrastructure.persistence.SameDatabaseCheck;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Brings the plugin's tables up to date before the application takes requests. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrationOnStartup {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationOnStartup.class.getName());

  @Inject CashbackDataSource dataSource;
  @Inject SameDatabaseCheck sameDatabase;

  @Inject
  @ConfigProperty(name = ConfigKeys.DEMO_DATA, defaultValue = ConfigKeys.DEMO_DATA_DEFAULT)
  boolean demoData;

  @PostConstruct
  void migrate() {
    var result = CashbackSchema.migrate(dataSource.get(), demoData);
    LOG.info(
        () ->
            "Cashback schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
    sameDatabase.mismatch().ifPresent(LOG::severe);
    OptionalApis.reportMissing(LOG::info);
  }
}
