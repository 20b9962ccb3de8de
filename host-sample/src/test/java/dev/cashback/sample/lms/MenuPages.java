package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.sample.lms.web.MenuEntry;
import dev.cashback.sample.lms.web.PluginManifests;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

/** The plugin's pages as each role sees them through the host's sign-in, for the page tests. */
final class MenuPages {

  private MenuPages() {}

  /** Every menu entry of the plugin's manifest renders, inside the host's frame, for its role. */
  static void assertEveryEntryRendersForItsRole(URL base) throws Exception {
    List<MenuEntry> entries =
        PluginManifests.read(MenuPages.class.getClassLoader()).stream()
            .flatMap(menu -> menu.entries().stream())
            .toList();
    assertThat(entries).hasSize(19);
    for (MenuEntry entry : entries) {
      Browser browser = signedIn(base, userWithRole(entry.role()));
      HttpResponse<String> page = browser.get(entry.page());
      assertThat(page.statusCode()).as(entry.page()).isEqualTo(200);
      assertNoStackTrace(page.body());
      // The plugin page renders inside the host's frame and shows the host's navigation.
      assertThat(page.body()).contains("lms-top").contains("cb-page");
    }
  }

  static void assertNoStackTrace(String body) {
    assertThat(body)
        .doesNotContain("Caused by", "\tat ", "at jakarta.", "at dev.cashback", "Stack Trace");
  }

  static Browser signedIn(URL base, String username) throws Exception {
    Browser browser = new Browser(base);
    HttpResponse<String> response = browser.signIn(username, "demo1234", "/index.xhtml");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");
    return browser;
  }

  private static String userWithRole(String role) {
    return switch (role) {
      case "admin" -> "admin";
      case "instructor" -> "irene";
      case "learner" -> "lena";
      default -> throw new IllegalArgumentException(role);
    };
  }
}
