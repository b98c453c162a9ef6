/**
 * Seeded generators of valid reports of every edition, for tests, benchmarks and demonstrations.
 */
module io.github.ogireport.generator {
  requires transitive io.github.ogireport.model;
  requires transitive io.github.ogireport.validation;

  exports io.github.ogireport.generator;
  exports io.github.ogireport.generator.fault;
  exports io.github.ogireport.generator.layout;
}
