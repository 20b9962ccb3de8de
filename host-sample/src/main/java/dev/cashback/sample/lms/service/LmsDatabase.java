package dev.cashback.sample.lms.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the platform's tables at start-up. The datasource belongs to the runtime's
 * configuration, as in any real deployment, and is the runtime's default one ({@code
 * java:comp/DefaultDataSource}): Payara's post-boot commands point {@code jdbc/__default} at the
 * platform's pool, Open Liberty's {@code server.xml} names its dataSource {@code DefaultDataSource}
 * (see the README). The plugin writes through the same one, so a purchase and its cashback commit
 * together.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmsDatabase {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway.configure(LmsDatabase.class.getClassLoader())
        .dataSource(dataSource)
        .table("lms_flyway_history")
        .locations("classpath:db/lms/migration")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
