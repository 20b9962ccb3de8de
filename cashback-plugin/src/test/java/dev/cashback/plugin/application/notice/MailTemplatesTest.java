package dev.cashback.plugin.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.application.notice.MailContent.Amount;
import dev.cashback.plugin.application.notice.MailContent.Day;
import dev.cashback.plugin.application.notice.MailContent.Donation;
import dev.cashback.plugin.application.notice.MailContent.Text;
import dev.cashback.plugin.application.notice.MailContent.Value;
import dev.cashback.plugin.application.notice.MailContent.Word;
import dev.cashback.plugin.application.shared.ConcurrentCalls;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final OffsetDateTime MARCH_5 =
      OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC);

  private static MailContent pending() {
    Map<String, Value> rows = new LinkedHashMap<>();
    rows.put("course", new Text("SQL <Deep> Dive"));
    rows.put("cashbackAmount", new Amount(new BigDecimal("25.0099"), "USD"));
    rows.put("donationAmount", new Donation(new Amount(new BigDecimal("2.5"), "USD"), "Fund"));
    rows.put("status", new Word("status.pending"));
    rows.put("availableFrom", new Day(MARCH_5));
    return new MailContent("cashbackPending", new Text("SQL <Deep> Dive"), new Day(MARCH_5), rows);
  }

  @Test
  void content_survivesItsJson() {
    MailContent content = pending();
    assertThat(MailContent.fromJson(content.toJson())).isEqualTo(content);
  }

  @Test
  void render_eachLanguageWritesItsWordsMoneyAndDays_roundedDown() {
    WrittenMail english = MailTemplates.in(Locale.ENGLISH).render(pending(), UTC);
    assertThat(english.subject()).isEqualTo("Cashback pending: SQL <Deep> Dive");
    assertThat(english.text()).contains("$25.00", "Pending", "5 March 2026", "$2.50 to Fund");
    assertThat(english.html()).contains("SQL &lt;Deep&gt; Dive", "dir=\"ltr\"");

    WrittenMail spanish = MailTemplates.in(Locale.forLanguageTag("es")).render(pending(), UTC);
    assertThat(spanish.subject()).isEqualTo("Cashback pendiente: SQL <Deep> Dive");
    assertThat(spanish.text()).contains("25,00\u00a0US$", "Pendiente", "5 de marzo de 2026");

    WrittenMail arabic = MailTemplates.in(Locale.forLanguageTag("ar")).render(pending(), UTC);
    assertThat(arabic.html()).contains("dir=\"rtl\"", "lang=\"ar\"");
    assertThat(arabic.text()).contains("\u0662\u0665\u066b\u0660\u0660").contains("\u0665 ");
  }

  @Test
  void render_aLanguageWithoutTexts_isEnglish_notTheServersDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      WrittenMail french = MailTemplates.in(Locale.FRENCH).render(pending(), UTC);
      assertThat(french.subject()).isEqualTo("Cashback pending: SQL <Deep> Dive");
      assertThat(french.text()).contains("$25.00");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void in_keepsALanguagesTemplates() {
    assertThat(MailTemplates.in(Locale.forLanguageTag("es")))
        .isSameAs(MailTemplates.in(Locale.forLanguageTag("es")));
  }

  /**
   * A language's templates are kept, with their parsed patterns, and shared by every thread that
   * writes e-mails: threads rendering in several languages at once get what one thread gets alone.
   */
  @Test
  void render_fromManyThreadsAtOnce_writesWhatOneThreadWrites() throws Exception {
    List<Locale> languages =
        List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    List<MailContent> contents = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Map<String, Value> rows = new LinkedHashMap<>();
      rows.put("cashbackAmount", new Amount(new BigDecimal(i).movePointLeft(i % 3), "USD"));
      rows.put("donationAmount", new Donation(new Amount(new BigDecimal(i % 7), "EUR"), "Fund"));
      rows.put("availableFrom", new Day(MARCH_5.plusDays(i)));
      contents.add(
          new MailContent("cashbackPending", new Text("Course " + i), new Day(MARCH_5), rows));
    }
    List<Supplier<WrittenMail>> calls = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      Locale language = languages.get(i % 3);
      MailContent content = contents.get(i);
      calls.add(() -> MailTemplates.in(language).render(content, UTC));
    }
    ConcurrentCalls.giveWhatTheyGiveAlone(calls, 6, 10);
  }
}
