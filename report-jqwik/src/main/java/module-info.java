/**
 * jqwik arbitraries of valid reports of every edition, for other projects' property tests.
 */
module io.github.ogireport.jqwik {
  requires transitive io.github.ogireport.generator;
  requires transitive net.jqwik.api;

  exports io.github.ogireport.jqwik;

  provides net.jqwik.api.providers.ArbitraryProvider with
      io.github.ogireport.jqwik.ReportArbitraryProvider,
      io.github.ogireport.jqwik.ReportSeriesArbitraryProvider;
}
