package dev.cashback.plugin.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

  record Line(int n, String name, BigDecimal amount) {}

  private static final TableExport<Line> EXPORT =
      new TableExport<>(
          List.of(
              new ExportColumn<>("No", Line::n),
              new ExportColumn<>("Name", Line::name),
              new ExportColumn<>("Amount", Line::amount)));

  /** A list of {@code size} lines read a page at a time; records every page asked for. */
  private static final class Pages implements RowPages<Line> {
    final List<Integer> asked = new ArrayList<>();
    final List<Line> lines;

    Pages(int size, String name, String amount) {
      lines =
          IntStream.range(0, size)
              .mapToObj(i -> new Line(i, name, new BigDecimal(amount)))
              .toList();
    }

    @Override
    public List<Line> page(int first, Line last, int max) {
      asked.add(first);
      assertThat(last == null ? -1 : last.n()).isEqualTo(first - 1);
      return lines.subList(Math.min(first, lines.size()), Math.min(first + max, lines.size()));
    }
  }

  @Test
  void write_csv_everyRowPageAfterPage_textQuotedAndNeutralised_numbersBare() throws Exception {
    Pages pages = new Pages(1201, "-2+3", "-2.50");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = EXPORT.write(ExportFormat.CSV, pages, out);

    assertThat(written).isEqualTo(1201);
    assertThat(pages.asked).containsExactly(0, 500, 1000);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"No\",\"Name\",\"Amount\"\r\n0,\"'-2+3\",-2.50\r\n");
    assertThat(csv.lines()).hasSize(1202).last().isEqualTo("1200,\"'-2+3\",-2.50");
  }

  @Test
  void write_csv_quotesInText_areDoubled() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORT.write(ExportFormat.CSV, new Pages(1, "=HYPERLINK(\"http://x\",\"y\")", "1"), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .endsWith("0,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1\r\n");
  }

  @Test
  void write_xlsx_textNeutralised_negativeAmountsStayNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = EXPORT.write(ExportFormat.XLSX, new Pages(750, "@SUM(1)", "-2.50"), out);

    assertThat(written).isEqualTo(750);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(750);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Amount");
      Row last = sheet.getRow(750);
      assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(749);
      assertThat(last.getCell(1).getStringCellValue()).isEqualTo("'@SUM(1)");
      assertThat(last.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(-2.5);
    }
  }

  @Test
  void write_emptyList_isTheHeaderAlone() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EXPORT.write(ExportFormat.CSV, new Pages(0, "x", "1"), out)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF\"No\",\"Name\",\"Amount\"\r\n");
  }
}
