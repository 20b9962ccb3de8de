package dev.cashback.plugin.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClaimsCsvTest {

  private static final List<String> ORDERS =
      List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(1)", "-2+3", "\tTab", "\rCR");

  /** The claims of one network, as many as asked for, their order ids taken from ORDERS. */
  private static final class Claims extends MissingCashbackClaims {
    final List<MissingCashbackClaim> all;

    Claims(int count) {
      AffiliateNetwork network =
          new AffiliateNetwork("book-nook") {
            @Override
            public Long getId() {
              return 7L;
            }
          };
      OffsetDateTime at = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
      all =
          IntStream.range(0, count)
              .mapToObj(
                  i ->
                      new MissingCashbackClaim(
                          new Click(
                              "click-" + i,
                              "-learner-" + i,
                              "Learner",
                              network,
                              "store",
                              "Store",
                              "offer",
                              "https://shop.example",
                              null,
                              null,
                              at),
                          ORDERS.get(i % ORDERS.size()),
                          new BigDecimal("120.00"),
                          "USD",
                          at))
              .toList();
    }

    @Override
    public List<MissingCashbackClaim> search(
        String networkCode, MissingCashbackClaim.Status status, String user, int first, int max) {
      assertThat(networkCode).isEqualTo("book-nook");
      return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
    }
  }

  @Test
  void write_everyClaim_orderAndUserNeutralised_amountANumber() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ClaimsCsv.write(new Claims(1201), "book-nook", out);

    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "\uFEFF\"claim\",\"click\",\"user\",\"order\",\"amount\",\"currency\",\"status\","
                + "\"created\",\"decided by\"\r\n"
                + ",\"click-0\",\"'-learner-0\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",120.00,"
                + "\"USD\",\"OPEN\",\"2026-11-01T09:00Z\",\r\n");
    assertThat(csv.split("\r\n")).as("a header and every claim").hasSize(1202);
    for (String order : ORDERS) {
      String quoted = order.replace("\"", "\"\"");
      assertThat(csv).contains(",\"'" + quoted + "\",120.00,").doesNotContain(",\"" + quoted);
    }
  }

  @Test
  void fileName_namesTheNetwork_orAll() {
    assertThat(ClaimsCsv.fileName("book-nook")).isEqualTo("claims-book-nook.csv");
    assertThat(ClaimsCsv.fileName(null)).isEqualTo("claims-all.csv");
    assertThat(ClaimsCsv.fileName(" ")).isEqualTo("claims-all.csv");
  }
}
