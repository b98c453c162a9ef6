/**
 * The immutable model of China's annual reports on open government information: every table of every
 * edition, blank cells distinct from zeros, amounts with their units, metadata and narrative sections.
 */
@SuppressWarnings("module") // the qualified opens names databind, which the model does not read
module io.github.ogireport.model {
  requires static org.immutables.value.annotations;
  requires static jakarta.validation;
  // annotations only: without ReportJsonModule a mapper fails loudly instead of writing a wrong object
  requires static com.fasterxml.jackson.annotation;

  exports io.github.ogireport.model;
  // on the module path Jackson can then call the hooks that fail naming ReportJsonModule; with the
  // module registered they are never called
  opens io.github.ogireport.model to com.fasterxml.jackson.databind;
}
