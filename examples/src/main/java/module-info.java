/** Runnable examples of the ogi-report SDK, compiled on the module path as a black-box consumer. */
module io.github.ogireport.examples {
  requires io.github.ogireport.io;
  requires io.github.ogireport.validation;

  exports io.github.ogireport.examples;
}
