package io.github.ogireport.io.internal;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Section2Row;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalsTest {
  @Test
  void normalising_a_line_keeps_its_length_and_maps_full_width_and_spaces() {
    String line = "１２３\u00a0（一）\u3000ａ\tx\f";

    String n = TextNormalizer.normalizeLine(line);

    then(n).isEqualTo("123 (一) a\tx ").hasSameSizeAs(line);
  }

  @Test
  void label_keys_ignore_spacing_brackets_quotes_and_enumeration_marks() {
    then(TextNormalizer.labelKey("三、 本 年 度 办 理 结 果")).isEqualTo("三.本年度办理结果");
    then(TextNormalizer.labelKey("3.危及\"三安全一稳定\""))
        .isEqualTo(TextNormalizer.labelKey("3.危及“三安全一稳定”"));
    then(TextNormalizer.labelKey("(二) 部分公开")).isEqualTo(TextNormalizer.labelKey("（二）部分公开"));
    then(TextNormalizer.stripNumbering("(三)1.属于国家秘密")).isEqualTo("属于国家秘密");
    then(TextNormalizer.stripNumbering("四.结转下年度继续办理")).isEqualTo("结转下年度继续办理");
  }

  @Test
  void numbers_keep_sign_scale_and_typed_unit() {
    then(ParsedNumber.parse("+5", 30)).hasValueSatisfying(p -> {
      then(p.value()).isEqualTo(BigDecimal.valueOf(5));
      then(p.explicitSign()).isTrue();
    });
    then(ParsedNumber.parse("-309", 30)).hasValueSatisfying(p -> then(p.value()).isEqualTo(BigDecimal.valueOf(-309)));
    then(ParsedNumber.parse("4168558 元", 30)).hasValueSatisfying(p -> then(p.unit()).isEqualTo("元"));
    then(ParsedNumber.parse("4332.80(万元)", 30)).hasValueSatisfying(p -> {
      then(p.value()).isEqualTo(new BigDecimal("4332.80"));
      then(p.unit()).isEqualTo("万元");
    });
    then(ParsedNumber.parse("1,234", 30)).hasValueSatisfying(p -> then(p.value()).isEqualTo(BigDecimal.valueOf(1234)));
    then(ParsedNumber.parse("19%", 30)).isEmpty();
    then(ParsedNumber.parse("-1-", 30)).isEmpty();
    then(ParsedNumber.parse("1.", 30)).isEmpty();
    then(catchThrowable(() -> ParsedNumber.parse("1".repeat(31), 30)))
        .isInstanceOf(ParsedNumber.NumberTooLongException.class);
  }

  @Test
  void the_catalogue_recognises_split_prefix_typo_and_repeated_labels() {
    LabelCatalog apps = LabelCatalog.applications();

    then(apps.match(List.of("三.本年度办理结果", "(一)予以公开"), -1, false))
        .hasValueSatisfying(m -> then(m.row()).isEqualTo(ApplicationRow.GRANTED));
    then(apps.match(List.of("(二)部分公开(区分处理的,只计这一情"), -1, false))
        .hasValueSatisfying(m -> then(m.kind()).isEqualTo(LabelCatalog.MatchKind.PREFIX));
    then(apps.match(List.of("3.其他"), -1, false))
        .hasValueSatisfying(m -> then(m.row()).isEqualTo(ApplicationRow.OTHER_OTHER));
    then(apps.match(List.of("总计"), -1, false)).isEmpty();
    then(apps.match(List.of("6.属于四类过程信息"), -1, true))
        .hasValueSatisfying(m -> then(m.kind()).isEqualTo(LabelCatalog.MatchKind.FUZZY));
    then(LabelCatalog.section2().match(List.of("行政规范性文件"), -1, false))
        .hasValueSatisfying(m -> then(m.row()).isEqualTo(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS));
    int afterL4 = LegacyIndicator.L4_1.ordinal();
    then(LabelCatalog.legacy().match(List.of("(二)被依法纠错数"), afterL4, false))
        .hasValueSatisfying(m -> then(m.row()).isEqualTo(LegacyIndicator.L4_2));
    then(LabelCatalog.legacy().match(List.of("(二)被依法纠错数"), LegacyIndicator.L5_1.ordinal(), false))
        .hasValueSatisfying(m -> then(m.row()).isEqualTo(LegacyIndicator.L5_2));
  }

  @Test
  void the_decoder_honours_byte_order_marks_and_falls_back_to_gb18030() {
    String text = "第二十条第（一）项 规章 0";

    then(InputDecoder.decode(text.getBytes(Charset.forName("GBK")))).hasValueSatisfying(d -> {
      then(d.text()).isEqualTo(text);
      then(d.charset()).isEqualTo("GB18030");
    });
    then(InputDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)))
        .hasValueSatisfying(d -> then(d.hadBom()).isTrue());
    String table = "规章\t0\t0\t0\n行政规范性文件\t1\t2\t3\n";
    then(InputDecoder.decode(table.getBytes(StandardCharsets.UTF_16BE)))
        .hasValueSatisfying(d -> then(d.text()).isEqualTo(table));
    then(InputDecoder.decode(new byte[] {(byte) 0x81, (byte) 0xFF})).isEmpty();
  }

  @Test
  void utf8_is_told_by_a_decoding_without_errors_not_by_the_absence_of_replacement_characters() {
    // a U+FFFD printed in the text itself (EF BF BD) is UTF-8
    String printed = "规章 \uFFFD 0";
    then(InputDecoder.decode(printed.getBytes(StandardCharsets.UTF_8)))
        .hasValueSatisfying(d -> {
          then(d.text()).isEqualTo(printed);
          then(d.charset()).isEqualTo("UTF-8");
        });
    // a truncated sequence and an encoded surrogate are no UTF-8, with or without a byte-order mark
    byte[] truncated = {(byte) 0xE8, (byte) 0xA7, 'A', 'B'};
    then(InputDecoder.decode(truncated)).hasValueSatisfying(d -> then(d.charset()).isNotEqualTo("UTF-8"));
    byte[] surrogate = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    then(InputDecoder.decode(surrogate)).isEmpty();
  }
}
