package dev.cashback.sample.lms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text bundle of the product (the plugin's pages and e-mails, the sample platform's pages) is
 * complete in every language: a translation has exactly the English keys, with the same
 * placeholders, and every pattern parses; and no English key is left that nothing uses.
 */
class TranslationsTest {

  private static final List<String> LANGUAGES = List.of("es", "ar");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Path PLUGIN = Path.of("..", "cashback-plugin", "src", "main");
  private static final Path HOST = Path.of("src", "main");

  /** A bundle and the sources that use its keys. */
  record Bundle(String name, Path base, List<Path> users) {
    @Override
    public String toString() {
      return name;
    }

    Path translation(String language) {
      String file =
          base.getFileName().toString().replace(".properties", "_" + language + ".properties");
      return base.resolveSibling(file);
    }
  }

  static Stream<Bundle> bundles() {
    return Stream.of(
        new Bundle(
            "plugin pages",
            PLUGIN.resolve("resources/dev/cashback/plugin/interfaces/web/messages.properties"),
            List.of(
                PLUGIN.resolve("java"),
                PLUGIN.resolve("resources/META-INF"),
                Path.of("..", "plugin.json"))),
        new Bundle(
            "plugin e-mails",
            PLUGIN.resolve("resources/dev/cashback/plugin/application/notice/mails.properties"),
            List.of(PLUGIN.resolve("java"))),
        new Bundle(
            "platform pages",
            HOST.resolve("resources/dev/cashback/sample/lms/web/messages.properties"),
            List.of(HOST.resolve("java"), HOST.resolve("webapp"))));
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyLanguage_hasExactlyTheEnglishKeys(Bundle bundle) {
    Set<String> english = read(bundle.base()).keySet();
    for (String language : LANGUAGES) {
      Set<String> translated = read(bundle.translation(language)).keySet();
      assertThat(difference(english, translated)).as(language + " lacks").isEmpty();
      assertThat(difference(translated, english)).as(language + " has unknown keys").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyTranslation_keepsThePlaceholdersAndParses(Bundle bundle) {
    Map<String, String> english = read(bundle.base());
    for (String language : LANGUAGES) {
      Map<String, String> translated = read(bundle.translation(language));
      List<String> wrong = new ArrayList<>();
      translated.forEach(
          (key, text) -> {
            String source = english.getOrDefault(key, "");
            if (!placeholders(source).equals(placeholders(text)) || !parses(text)) {
              wrong.add(key + "=" + text);
            }
          });
      assertThat(wrong)
          .as(language + ": placeholders differ from English or do not parse")
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyEnglishKey_isUsed(Bundle bundle) {
    String sources = sources(bundle.users());
    List<String> unused =
        read(bundle.base()).keySet().stream().filter(key -> !used(key, sources)).toList();
    assertThat(unused).as("keys nothing uses; delete them from every language").isEmpty();
  }

  /**
   * A key is used when a source names it, or builds it: a quoted prefix ending in a dot ({@code
   * 'status.'.concat(s)}), or a quoted head joined to a quoted tail ({@code key + ".detail"}).
   */
  private static boolean used(String key, String sources) {
    if (sources.contains(key)) {
      return true;
    }
    String[] parts = key.split("\\.");
    for (int i = 1; i < parts.length; i++) {
      String head = String.join(".", List.of(parts).subList(0, i));
      String tail = String.join(".", List.of(parts).subList(i, parts.length));
      for (String quote : List.of("\"", "'")) {
        if (sources.contains(quote + head + "." + quote)
            || (sources.contains(quote + head + quote)
                && sources.contains(quote + "." + tail + quote))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /**
   * Texts with numbered placeholders are {@link MessageFormat} patterns; others are shown as is.
   */
  private static boolean parses(String text) {
    if (!PLACEHOLDER.matcher(text).find()) {
      return true;
    }
    try {
      new MessageFormat(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }

  private static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(k -> texts.put(k, properties.getProperty(k)));
    return texts;
  }

  private static String sources(List<Path> roots) {
    return roots.stream()
        .flatMap(TranslationsTest::files)
        .filter(f -> f.toString().matches(".*\\.(java|xhtml|json)$"))
        .map(TranslationsTest::text)
        .collect(Collectors.joining("\n"));
  }

  private static Stream<Path> files(Path root) {
    try {
      return Files.isDirectory(root)
          ? Files.walk(root).filter(Files::isRegularFile).toList().stream()
          : Stream.of(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
