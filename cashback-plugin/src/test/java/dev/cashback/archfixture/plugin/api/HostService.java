package dev.cashback.archfixture.plugin.api;

/** An api interface the plugin implements for the host. */
public interface HostService {
  void serve();
}
