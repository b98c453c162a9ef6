/**
 * Reading and writing reports: JSON through Jackson, published text and HTML tables into the model with
 * provenance and findings, and writers of the official table layout.
 */
module io.github.ogireport.io {
  requires transitive io.github.ogireport.model;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.jsoup;

  exports io.github.ogireport.io;
  exports io.github.ogireport.io.html;
  exports io.github.ogireport.io.json;
  exports io.github.ogireport.io.table;
  exports io.github.ogireport.io.text;

  provides com.fasterxml.jackson.databind.Module with io.github.ogireport.io.json.ReportJsonModule;
}
