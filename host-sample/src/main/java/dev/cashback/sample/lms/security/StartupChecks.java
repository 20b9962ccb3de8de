package dev.cashback.sample.lms.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Refuses to start a server that would run unsafely: one without a lasting secret for client
 * addresses. Throwing here fails the deployment, so nothing is served.
 */
@Singleton
@Startup
@DependsOn("LmsDatabase")
public class StartupChecks {

  @Inject ClientAddressHash addressHash;

  @PostConstruct
  void refuseAnUnsafeStart() {
    // The first use reads and checks the secret (an exception refuses the start).
    addressHash.of("");
  }
}
