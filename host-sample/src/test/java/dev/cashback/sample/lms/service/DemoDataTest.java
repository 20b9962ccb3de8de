package dev.cashback.sample.lms.service;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The demo's accounts (with their published password), shops and courses only in a demo. */
class DemoDataTest {

  @Test
  void seedOnce_onAServerThatIsNotADemo_touchesNothing() {
    DemoData demoData = new DemoData();
    demoData.demo = false;
    // No database at all: any seeding would fail on it.
    assertThatCode(demoData::seedOnce).doesNotThrowAnyException();
  }
}
