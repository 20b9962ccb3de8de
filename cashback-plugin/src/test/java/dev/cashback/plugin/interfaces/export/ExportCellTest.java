package dev.cashback.plugin.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCellTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1+1",
        "@SUM(1)",
        "-2+3",
        "\tTab",
        "\rCR",
        "\nLF",
        "\uFF1D1+1",
        "\uFF20SUM(1)"
      })
  void text_startingLikeAFormula_getsTheNeutraliser(String formula) {
    assertThat(ExportCell.text(formula)).isEqualTo("'" + formula);
  }

  @Test
  void text_ordinary_isUnchanged() {
    assertThat(ExportCell.text("Lena Learner")).isEqualTo("Lena Learner");
    assertThat(ExportCell.text("Lena = Learner + 1")).isEqualTo("Lena = Learner + 1");
    assertThat(ExportCell.text("'quoted")).isEqualTo("'quoted");
    assertThat(ExportCell.text(null)).isEmpty();
    assertThat(ExportCell.text("")).isEmpty();
  }

  @Test
  void text_otherControlCharacters_areDropped_evenAtTheStart() {
    assertThat(ExportCell.text("Le\u0000na\u001B")).isEqualTo("Lena");
    assertThat(ExportCell.text("\u0007=1+1")).isEqualTo("'=1+1");
    assertThat(ExportCell.text("two\r\nlines\tand a tab")).isEqualTo("two\r\nlines\tand a tab");
  }
}
