package dev.cashback.sample.lms;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Test-only: writes many list rows straight into the plugin's tables with plain JDBC batches (the
 * export tests need tens of thousands, far faster than through purchases), and deletes them again
 * by their tag. The rows are declined cashback, all of it reversed, so they hold nothing the ledger
 * audit of other tests would miss.
 */
@WebServlet("/test-export-rows")
public class ExportRowsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1000;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    String tag = request.getParameter("tag");
    try (Connection c = db.getConnection()) {
      switch (String.valueOf(request.getParameter("action"))) {
        case "transactions" ->
            insertTransactions(
                c,
                tag,
                Integer.parseInt(request.getParameter("count")),
                request.getParameterValues("name"),
                request.getParameterValues("title"));
        case "referrals" -> insertReferrals(c, tag, request.getParameterValues("name"));
        case "delete" -> delete(c, tag);
        default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  /**
   * Row {@code i} (from 0) is bought by user {@code export-<tag>-<i>}, named after {@code names} in
   * turn (or "Export <tag> Buyer <i>"), and is the newest first: created {@code i} seconds ago.
   */
  private static void insertTransactions(
      Connection c, String tag, int count, String[] names, String[] titles) throws SQLException {
    // Negative ids never meet the ids the plugin's sequence hands out.
    long firstId = -ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    String sql =
        "INSERT INTO cb_transaction (id, purchase_id, line_no, user_id, user_name, item_type,"
            + " target_id, product_title, instructor_id, description, purchase_amount, base_amount,"
            + " cashback_amount, reversed_amount, currency, rule_id, rule_version, rule_title,"
            + " amount_type, rule_amount, status, purchased_at, created_at, confirm_after,"
            + " row_version) VALUES (?, ?, 1, ?, ?, 'COURSE', 'export-course', ?, 'export-teacher',"
            + " ?, ?, ?, ?, ?, 'USD', 0, 1, 'Export rule', 'PERCENTAGE', 10, 'DECLINED', ?, ?, ?, 1)";
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < count; i++) {
        OffsetDateTime at = now.minusSeconds(i);
        BigDecimal price = new BigDecimal(10 + i % 90).add(new BigDecimal("0.50"));
        BigDecimal cashback = price.movePointLeft(1).setScale(2, java.math.RoundingMode.DOWN);
        s.setLong(1, firstId - i);
        s.setString(2, "export-" + tag + "-" + i);
        s.setString(3, "export-" + tag + "-" + i);
        s.setString(
            4, names == null ? "Export " + tag + " Buyer " + i : names[i % names.length] + tag);
        s.setString(5, titles == null ? "Export course " + i : titles[i % titles.length]);
        s.setString(6, "export " + tag + " row " + i);
        s.setBigDecimal(7, price);
        s.setBigDecimal(8, price);
        s.setBigDecimal(9, cashback);
        s.setBigDecimal(10, cashback);
        s.setObject(11, at);
        s.setObject(12, at);
        s.setObject(13, at);
        s.addBatch();
        if ((i + 1) % BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** One referral per name: referee, referrer and code are the name (the code cut to 16). */
  private static void insertReferrals(Connection c, String tag, String[] names)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    try (PreparedStatement signup =
            c.prepareStatement(
                "INSERT INTO cb_signup (user_id, email_key, signed_up_at) VALUES (?, ?, ?)");
        PreparedStatement referral =
            c.prepareStatement(
                "INSERT INTO cb_referral (referee_id, referrer_id, code, joined_at, qualify_until,"
                    + " qualifying_amount, currency, joining_bonus, referrer_bonus, status,"
                    + " row_version) VALUES (?, ?, ?, ?, ?, 50, 'USD', 5, 10, 'EXPIRED', 1)")) {
      for (int i = 0; i < names.length; i++) {
        String referee = names[i] + tag;
        signup.setString(1, referee);
        signup.setString(2, "export-" + tag + "-" + i);
        signup.setObject(3, now);
        signup.executeUpdate();
        referral.setString(1, referee);
        referral.setString(2, names[i] + "referrer-" + tag);
        referral.setString(
            3, (names[i] + tag).substring(0, Math.min(16, (names[i] + tag).length())));
        referral.setObject(4, now.minusSeconds(i));
        referral.setObject(5, now.plusDays(30));
        referral.executeUpdate();
      }
    }
  }

  private static void delete(Connection c, String tag) throws SQLException {
    try (PreparedStatement transactions =
            c.prepareStatement("DELETE FROM cb_transaction WHERE purchase_id LIKE ?");
        PreparedStatement referrals =
            c.prepareStatement("DELETE FROM cb_referral WHERE referrer_id LIKE ?");
        PreparedStatement signups =
            c.prepareStatement("DELETE FROM cb_signup WHERE email_key LIKE ?")) {
      transactions.setString(1, "export-" + tag + "-%");
      transactions.executeUpdate();
      referrals.setString(1, "%referrer-" + tag);
      referrals.executeUpdate();
      signups.setString(1, "export-" + tag + "-%");
      signups.executeUpdate();
    }
  }
}
