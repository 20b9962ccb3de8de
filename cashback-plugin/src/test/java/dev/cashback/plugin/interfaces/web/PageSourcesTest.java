package dev.cashback.plugin.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the plugin's page sources may hold. Every name a page reaches into ({@code
 * #{name.property}}, {@code #{name['key']}}) is a bean of the plugin's web layer, the message
 * bundle, a variable or parameter a page declares, or one of the Faces implicit objects. A bean
 * renamed without its pages fails here rather than on the first click of a page. And no element is
 * styled inline: styles live in {@code cashback.css} as classes, where a host's theme can see and
 * override them.
 */
class PageSourcesTest {

  private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

  private static final Set<String> IMPLICIT =
      Set.of(
          "application",
          "cc",
          "component",
          "cookie",
          "facesContext",
          "flash",
          "header",
          "initParam",
          "param",
          "request",
          "resource",
          "session",
          "view");

  /** An EL expression, its string literals, and a name it dereferences (not after a dot). */
  private static final Pattern EXPRESSION = Pattern.compile("#\\{(.*?)}", Pattern.DOTALL);

  private static final Pattern LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern ROOT = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*[.\\[(]");
  private static final Pattern KEYWORD_PROPERTY =
      Pattern.compile(
          "\\.(new|class|default|switch|case|package|import|public|private|static|final|return"
              + "|this|super|throw|throws|try|catch|finally|while|for|do|if|else|int|long"
              + "|boolean|void|enum|interface|abstract|native|goto|const)\\b");
  private static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:var|rowIndexVar|varStatus)=\"(\\w+)\"|<ui:param\\s+name=\"(\\w+)\"");

  @Test
  void everyNameAPageUses_isABeanAVariableOrTheBundle() throws IOException {
    List<Path> pages = pages();

    Set<String> known = new TreeSet<>(IMPLICIT);
    known.addAll(beanNames());
    known.addAll(bundleVariables());
    for (Path page : pages) {
      // Partials read the parameters their including pages declare, so these count for all pages.
      known.addAll(matches(DECLARED, Files.readString(page)));
    }

    TreeMap<String, Set<String>> unknown = new TreeMap<>();
    for (Path page : pages) {
      for (String root : roots(Files.readString(page))) {
        if (!known.contains(root)) {
          unknown
              .computeIfAbsent(PAGES.relativize(page).toString(), k -> new TreeSet<>())
              .add(root);
        }
      }
    }
    assertThat(unknown).as("names no bean, variable or bundle answers to").isEmpty();
  }

  @Test
  void noPageStylesAnElementInline() throws IOException {
    TreeMap<String, Set<String>> inline = new TreeMap<>();
    for (Path page : pages()) {
      Set<String> styles = matches(INLINE_STYLE, Files.readString(page));
      if (!styles.isEmpty()) {
        inline.put(PAGES.relativize(page).toString(), styles);
      }
    }
    assertThat(inline).as("inline styles; give the element a class in cashback.css").isEmpty();
  }

  /**
   * Open Liberty's expression language (Apache's) refuses a property named like a Java keyword
   * ({@code #{bean.new}}); GlassFish's, in Payara, accepts it. Use a name both read.
   */
  @Test
  void noExpressionNamesAPropertyLikeAJavaKeyword() throws IOException {
    TreeMap<String, Set<String>> keywords = new TreeMap<>();
    for (Path page : pages()) {
      Set<String> found = new java.util.TreeSet<>();
      for (String expression : matches(EXPRESSION, Files.readString(page))) {
        Matcher property = KEYWORD_PROPERTY.matcher(LITERAL.matcher(expression).replaceAll("''"));
        while (property.find()) {
          found.add(property.group());
        }
      }
      if (!found.isEmpty()) {
        keywords.put(PAGES.relativize(page).toString(), found);
      }
    }
    assertThat(keywords).as("properties named like Java keywords").isEmpty();
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
    assertThat(pages).isNotEmpty();
    return pages;
  }

  private static Set<String> beanNames() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cashback.plugin.interfaces.web")
            .stream()
            .filter(c -> c.isAnnotatedWith(Named.class))
            .map(PageSourcesTest::beanName)
            .collect(Collectors.toSet());
  }

  private static String beanName(JavaClass bean) {
    String value = bean.getAnnotationOfType(Named.class).value();
    if (!value.isEmpty()) {
      return value;
    }
    String simple = bean.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static Set<String> bundleVariables() throws IOException {
    return matches(
        Pattern.compile("<var>\\s*(\\w+)\\s*</var>"),
        Files.readString(Path.of("src/main/resources/META-INF/faces-config.xml")));
  }

  private static Set<String> roots(String page) {
    Set<String> roots = new TreeSet<>();
    Matcher expression = EXPRESSION.matcher(page);
    while (expression.find()) {
      roots.addAll(matches(ROOT, LITERAL.matcher(expression.group(1)).replaceAll("''")));
    }
    return roots;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          found.add(m.group(g));
        }
      }
    }
    return found;
  }
}
