package dev.cashback.sample.lms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform's page sources: no inline styles (their look is {@code lms.css}, class by class),
 * and view metadata where every Faces implementation reads it.
 */
class PageStylesTest {

  private static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle=\"");
  private static final Pattern METADATA_IN_DEFINE =
      Pattern.compile("<ui:define[^>]*>(?:(?!</ui:define>).)*<f:metadata", Pattern.DOTALL);

  @Test
  void noPageStylesAnElementInline() throws IOException {
    assertThat(pagesMatching(INLINE_STYLE))
        .as("pages with inline styles; give the element a class in lms.css")
        .isEmpty();
  }

  /**
   * View parameters and actions ({@code f:metadata}) sit at the top of a template client, never
   * inside a {@code ui:define}: Mojarra (Payara) tolerates them there, MyFaces (Open Liberty)
   * refuses the page with an error.
   */
  @Test
  void noPageDeclaresItsMetadataInsideADefine() throws IOException {
    assertThat(pagesMatching(METADATA_IN_DEFINE))
        .as("pages with f:metadata inside ui:define; move it to the top of the composition")
        .isEmpty();
  }

  private static List<String> pagesMatching(Pattern pattern) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .filter(p -> pattern.matcher(read(p)).find())
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
