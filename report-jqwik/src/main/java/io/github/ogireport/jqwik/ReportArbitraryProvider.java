package io.github.ogireport.jqwik;

import io.github.ogireport.model.Report;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@code @ForAll Report} parameters, narrowed by {@link ForEdition}, {@link ForLevel} and
 * {@link WithBlanks}. Registered as a service, so it needs no set-up in the test.
 *
 * @since 0.1
 */
public final class ReportArbitraryProvider implements ArbitraryProvider {
  /** Creates the provider; jqwik calls this through the service loader. */
  public ReportArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Report.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    ReportArbitrary arbitrary = ReportArbitraries.reports();
    ForEdition edition = targetType.findAnnotation(ForEdition.class).orElse(null);
    if (edition != null) {
      arbitrary = arbitrary.editions(edition.value());
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
}
