package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs a shell example of the README, found by its marker comment, so the README stays true. */
final class ReadmeExamples {

  private ReadmeExamples() {}

  /** The example's output; fails unless it exits 0. */
  static String run(String marker, Map<String, String> environment) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int at = readme.indexOf("<!-- " + marker);
    assertThat(at).as("the README's example " + marker).isPositive();
    int start = readme.indexOf("```sh\n", at) + "```sh\n".length();
    String script = readme.substring(start, readme.indexOf("```", start));
    ProcessBuilder shell =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
    shell.environment().putAll(environment);
    Process run = shell.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor()).as(output).isZero();
    return output;
  }
}
