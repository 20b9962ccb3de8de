package dev.cashback.plugin.interfaces.export;

import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The missing-cashback claims of a network (of all, without one) as CSV, newest first, for sending
 * on to the network: the same file from the API and from the admin's page, every claim in it.
 */
public final class ClaimsCsv {

  private static final TableExport<MissingCashbackClaim> COLUMNS =
      new TableExport<>(
          List.of(
              new ExportColumn<>("claim", MissingCashbackClaim::getId),
              new ExportColumn<>("click", MissingCashbackClaim::getClickId),
              new ExportColumn<>("user", MissingCashbackClaim::getUserId),
              new ExportColumn<>("order", MissingCashbackClaim::getOrderId),
              new ExportColumn<>("amount", MissingCashbackClaim::getOrderAmount),
              new ExportColumn<>("currency", MissingCashbackClaim::getCurrency),
              new ExportColumn<>("status", claim -> claim.getStatus().name()),
              new ExportColumn<>("created", claim -> String.valueOf(claim.getCreatedAt())),
              new ExportColumn<>("decided by", MissingCashbackClaim::getDecidedBy)));

  private ClaimsCsv() {}

  /**
   * Refuses what the export would refuse (a caller who is not an admin, an unknown network) before
   * anything of the file is sent.
   */
  public static void check(MissingCashbackClaims claims, String network) {
    claims.search(network, null, null, 0, 1);
  }

  public static void write(MissingCashbackClaims claims, String network, OutputStream out)
      throws IOException {
    COLUMNS.write(
        ExportFormat.CSV,
        (first, last, max) -> claims.search(network, null, null, first, max),
        out);
  }

  public static String fileName(String network) {
    return ExportFormat.CSV.fileName(
        "claims-" + (network == null || network.isBlank() ? "all" : network));
  }
}
