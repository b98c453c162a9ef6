package io.github.ogireport.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.TableType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenMapTest {
  @Test
  void keepsTheOrderPutAndReplacesInPlace() {
    FrozenMap.Builder<String, Integer> b = FrozenMap.builder(2);
    b.put("c", 1).put("a", 2).put("b", 3).put("a", 4);
    FrozenMap<String, Integer> m = b.build();
    assertThat(m.keySet()).containsExactly("c", "a", "b");
    assertThat(m.values()).containsExactly(1, 4, 3);
    assertThat(m).isEqualTo(Map.of("a", 4, "b", 3, "c", 1)).hasSameHashCodeAs(Map.of("a", 4, "b", 3, "c", 1));
    assertThat(m.get("a")).isEqualTo(4);
    assertThat(m.getOrDefault("z", 9)).isEqualTo(9);
    assertThat(m.containsKey("b")).isTrue();
    assertThat(m.containsValue(3)).isTrue();
    assertThat(m).hasToString("{c=1, a=4, b=3}");
  }

  @Test
  void nothingChangesItOnceBuilt() {
    FrozenMap.Builder<String, Integer> b = FrozenMap.builder(4);
    b.put("a", 1);
    FrozenMap<String, Integer> m = b.build();
    assertThatThrownBy(() -> b.put("b", 2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.putAll(Map.of("b", 2))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> m.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m).containsExactly(Map.entry("a", 1));
  }

  @Test
  void copyOfTakesAFrozenMapAsItIsAndCopiesAnyOther() {
    FrozenMap<String, Integer> frozen = FrozenMap.<String, Integer>builder(1).put("a", 1).build();
    assertThat(FrozenMap.copyOf(frozen, "k", "v")).isSameAs(frozen);
    Map<String, Integer> mutable = new LinkedHashMap<>();
    mutable.put("b", 2);
    mutable.put("a", 1);
    FrozenMap<String, Integer> copy = FrozenMap.copyOf(mutable, "k", "v");
    mutable.put("c", 3);
    assertThat(copy.keySet()).containsExactly("b", "a");
  }

  @Test
  void refusesNullKeysAndValuesNamingThem() {
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("a", null);
    assertThatThrownBy(() -> FrozenMap.copyOf(nullValue, "cell", "location"))
        .isInstanceOf(NullPointerException.class).hasMessage("location");
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> FrozenMap.copyOf(nullKey, "cell", "location"))
        .isInstanceOf(NullPointerException.class).hasMessage("cell");
    assertThatThrownBy(() -> FrozenMap.builder(1).put("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FrozenMap.builder(1).putAll(nullKey)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReadResultCopiesAMapItWasGivenAndKeepsAFrozenOne() {
    CellRef a = CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
    Map<CellRef, Location> given = new LinkedHashMap<>();
    given.put(a, Location.ofLine(3, 1));
    Report report = Report.builder()
        .metadata(ReportMetadata.builder().agency("某县人民政府").year(2021).build()).edition(Edition.V2021).build();
    ReadResult copied = new ReadResult(report, given, List.of());
    given.clear();
    assertThat(copied.provenance()).containsExactly(Map.entry(a, Location.ofLine(3, 1)));

    FrozenMap<CellRef, Location> frozen = FrozenMap.<CellRef, Location>builder(1).put(a, Location.ofLine(4, 1)).build();
    assertThat(new ReadResult(report, frozen, List.of()).provenance()).isSameAs(frozen);
  }
}
