/**
 * The immutable model of China's annual reports on open government information: every table of every
 * edition, blank cells distinct from zeros, amounts with their units, metadata and narrative sections.
 */
module io.github.ogireport.model {
  requires static org.immutables.value.annotations;
  requires static jakarta.validation;

  exports io.github.ogireport.model;
}
