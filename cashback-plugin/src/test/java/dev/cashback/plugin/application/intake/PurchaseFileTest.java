package dev.cashback.plugin.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.application.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseFileTest {

  private static final String HEADER =
      "purchase_id,occurred_at,currency,user_id,user_name,target_id,title,instructor_id,unit_price,quantity,discount\r\n";

  @Test
  void rowsOfOnePurchase_areItsLines_quotedFieldsKeepTheirCommas() {
    List<PurchaseFile.Entry> entries =
        PurchaseFile.read(
            "\uFEFF"
                + HEADER
                + "o-1,2025-03-01T09:30:00Z,USD,lena,Lena,sql,\"SQL, the deep dive\",ivan,59.99,1,\r\n"
                + "o-1,2025-03-01T09:30:00Z,USD,lena,Lena,ui,\"UI \"\"Principles\"\"\",ivan,45.00,2,10.00\r\n"
                + "\r\n"
                + "o-2,2025-03-02T10:00:00Z,JPY,leo,,sql,SQL,ivan,6000,,\n");
    assertThat(entries).hasSize(2);
    PurchaseFile.Entry first = entries.get(0);
    assertThat(first.isReady()).as(first.problem()).isTrue();
    assertThat(first.rows()).isEqualTo("2\u20133");
    assertThat(first.lines()).isEqualTo(2);
    assertThat(first.total()).isEqualByComparingTo("139.99");
    assertThat(first.purchase().items().get(0).title()).isEqualTo("SQL, the deep dive");
    assertThat(first.purchase().items().get(1).title()).isEqualTo("UI \"Principles\"");
    assertThat(entries.get(1).purchase().buyer().displayName()).isEqualTo("leo");
    assertThat(entries.get(1).rows()).isEqualTo("5");
  }

  @Test
  void aBadPurchase_isReportedWithItsRows_andHoldsBackNoOther() {
    List<PurchaseFile.Entry> entries =
        PurchaseFile.read(
            HEADER
                + "o-1,2025-03-01T09:30:00Z,USD,lena,Lena,sql,SQL,ivan,abc,1,\n"
                + "o-2,2025-03-01T09:30:00Z,USD,lena,Lena,sql,SQL,ivan,10,1,\n"
                + "o-3,2025-03-01T09:30:00Z,USD,lena,Lena,sql,SQL,ivan,10,1,\n"
                + "o-3,2025-03-02T09:30:00Z,USD,lena,Lena,ui,UI,ivan,10,1,\n"
                + "o-4,yesterday,USD,lena,Lena,sql,SQL,ivan,10,1,\n"
                + "o-5,2025-03-01T09:30:00Z,XYZ,lena,Lena,sql,<b>SQL</b>,ivan,10,1,\n");
    assertThat(entries)
        .extracting(PurchaseFile.Entry::isReady)
        .containsExactly(false, true, false, false, false);
    assertThat(entries.get(0).problem()).contains("row 2").contains("unit_price");
    assertThat(entries.get(2).problem()).contains("row 5").contains("occurred_at");
    assertThat(entries.get(3).problem()).contains("occurred_at");
    assertThat(entries.get(4).problem()).contains("currency").contains("items[0].title");
  }

  @Test
  void notSuchAFile_isRefusedWhole() {
    assertThatThrownBy(() -> PurchaseFile.read(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> PurchaseFile.read("purchase_id,currency\n"))
        .hasMessageContaining("lacks the columns");
    assertThatThrownBy(() -> PurchaseFile.read(HEADER.replace("discount", "colour")))
        .hasMessageContaining("Unknown column");
    assertThatThrownBy(() -> PurchaseFile.read(HEADER + "o-1,\"open"))
        .hasMessageContaining("not closed");
  }
}
