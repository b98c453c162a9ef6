package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A label printed very many times is no table's row: the placement of labels considers a bounded number of
 * places per label, so hostile input cannot make it quadratic (it took two minutes before the bound). The
 * time-out is a guard against a regression to that, not a speed target.
 */
class RepeatedLabelTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_row_label_repeated_110000_times_is_read_with_bounded_work() {
    String text = "三、收到和处理政府信息公开申请情况\n" + "一、本年新收政府信息公开申请数量 ".repeat(110_000);

    ReadResult read = TextReportReader.lenient().read(text);

    then(read.provenance()).isEmpty();
    then(read.findings()).isNotEmpty();
  }
}
