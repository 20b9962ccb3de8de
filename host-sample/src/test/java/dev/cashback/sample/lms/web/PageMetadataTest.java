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
 * View parameters and actions ({@code f:metadata}) sit at the top of a template client, never
 * inside a {@code ui:define}: Mojarra (Payara) tolerates them there, MyFaces (Open Liberty) refuses
 * the page with an error.
 */
class PageMetadataTest {

  private static final Pattern METADATA_IN_DEFINE =
      Pattern.compile("<ui:define[^>]*>(?:(?!</ui:define>).)*<f:metadata", Pattern.DOTALL);

  @Test
  void noPageDeclaresItsMetadataInsideADefine() throws IOException {
    List<String> misplaced;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      misplaced =
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .filter(p -> METADATA_IN_DEFINE.matcher(read(p)).find())
              .map(Path::toString)
              .sorted()
              .toList();
    }
    assertThat(misplaced)
        .as("pages with f:metadata inside ui:define; move it to the top of the composition")
        .isEmpty();
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
