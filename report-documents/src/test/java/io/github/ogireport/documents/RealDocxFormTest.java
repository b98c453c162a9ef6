package io.github.ogireport.documents;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blank 2021 form as agencies receive it, a real Word file written by WPS Office
 * ({@code ../shared/corpus/extra/X01-nianbao-moban-2021.docx}; skipped when absent): its merged cells and
 * two-level headers give every table of the 2021 edition, every cell blank (never 0).
 */
class RealDocxFormTest {
  @Test
  void the_blank_form_gives_every_table_blank() {
    Path form = List.of(Path.of("../shared"), Path.of("../../shared")).stream()
        .map(p -> p.resolve("corpus/extra/X01-nianbao-moban-2021.docx")).filter(Files::isRegularFile)
        .findFirst().orElse(Path.of("../shared/corpus/extra/X01-nianbao-moban-2021.docx"));
    assumeThat(Files.isRegularFile(form)).as("the shared corpus is not beside the repository").isTrue();
    ReadResult read = DocumentReaders.lenient().read(form);
    then(read.report().edition()).isEqualTo(Edition.V2021);
    then(read.report().table(TableType.APPLICATIONS_2021)).isPresent();
    then(read.report().table(TableType.REVIEW_LITIGATION)).isPresent();
    then(read.report().tableList()).hasSize(6);
    for (Table t : read.report().tableList()) {
      for (int r = 0; r < t.rows().size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          then(t.cell(r, c).isBlank()).as("%s %d/%d", t.type(), r, c).isTrue();
        }
      }
    }
    then(read.provenance()).isEmpty();
    then(read.findings()).anySatisfy(f -> then(f.code()).isEqualTo("reader.no-values"));
    // each row's empty-row finding is at the row's label cell in the Word table, not at a paragraph
    then(read.findings()).filteredOn(f -> f.code().equals("reader.empty-row")).isNotEmpty()
        .allSatisfy(f -> then(f.location().toString()).matches("table\\[\\d+]/tr\\[\\d+]/td\\[\\d+]"));
  }
}
