package dev.cashback.sample.lms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The platform's pages style nothing inline: their look is {@code lms.css}, class by class. */
class PageStylesTest {

  private static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle=\"");

  @Test
  void noPageStylesAnElementInline() throws IOException {
    List<String> inline;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      inline =
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .filter(p -> INLINE_STYLE.matcher(read(p)).find())
              .map(Path::toString)
              .sorted()
              .toList();
    }
    assertThat(inline)
        .as("pages with inline styles; give the element a class in lms.css")
        .isEmpty();
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
