package io.github.ogireport.jqwik;

import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@code @ForAll @ReportSeries List<Report>} parameters, narrowed by {@link ForLevel} and
 * {@link WithBlanks}. Its priority is above jqwik's default list provider, which would otherwise draw
 * lists of unrelated reports.
 *
 * @since 0.1
 */
public final class ReportSeriesArbitraryProvider implements ArbitraryProvider {
  /** Creates the provider; jqwik calls this through the service loader. */
  public ReportSeriesArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(List.class)
        && targetType.isAnnotated(ReportSeries.class)
        && targetType.getTypeArguments().size() == 1
        && targetType.getTypeArgument(0).isOfType(Report.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    ReportSeries spec = targetType.findAnnotation(ReportSeries.class).orElseThrow();
    ReportSeriesArbitrary arbitrary = ReportArbitraries.series();
    if (spec.firstYear() != 0) {
      arbitrary = arbitrary.firstYears(spec.firstYear(), spec.firstYear());
    }
    if (spec.years() != 0) {
      arbitrary = arbitrary.years(spec.years(), spec.years());
    }
    ForLevel level = targetType.findAnnotation(ForLevel.class).orElse(null);
    if (level != null) {
      arbitrary = arbitrary.levels(level.value());
    }
    WithBlanks blanks = targetType.findAnnotation(WithBlanks.class).orElse(null);
    if (blanks != null) {
      arbitrary = arbitrary.blanks(blanks.value());
    }
    return Set.of(arbitrary);
  }

  /** Ranks above jqwik's default providers (priority 0) for the annotated lists it accepts. */
  @Override
  public int priority() {
    return 1;
  }
}
