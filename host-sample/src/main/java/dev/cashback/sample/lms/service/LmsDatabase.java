package dev.cashback.sample.lms.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The platform's one datasource, chosen by configuration alone (system properties or environment
 * variables; see the README): an embedded, file-backed H2 under the user's home by default,
 * PostgreSQL in production. Defaults are inline because the datasource is created before the WAR's
 * own configuration file is read. The platform's tables are migrated at start-up.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/cashback",
    className = "${MPCONFIG=cashback.sample.datasource.class:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=cashback.sample.datasource.url:jdbc:h2:~/.cashback-sample/lms;LOCK_TIMEOUT=10000}",
    user = "${MPCONFIG=cashback.sample.datasource.user:sa}",
    password = "${MPCONFIG=cashback.sample.datasource.password:sa}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmsDatabase {

  @Resource(lookup = "java:app/jdbc/cashback")
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
