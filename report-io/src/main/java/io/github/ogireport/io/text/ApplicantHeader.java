package io.github.ogireport.io.text;

import io.github.ogireport.model.ApplicantColumn;

/**
 * Reads the order of the seven applicant columns from the text of a section 三 header block (V4). The
 * header's text pieces are joined without separators, so a label broken across lines or cells
 * ("社会公益" / "组织") is still found. A header is a usable permutation only when it names each of the seven
 * leaf labels exactly once and does not print the 法人或其他组织 group label: a two-level header lists its
 * labels in an order that is not the columns' order.
 */
final class ApplicantHeader {
  /** What a header block says about the column order. */
  enum Reading {
    /** Not a header (e.g. only a row label): the current order stands. */
    NONE,
    /** A header that gives no usable order, or the official one: the official order. */
    OTHER_HEADER,
    /** A complete, unambiguous order other than the official one. */
    PERMUTATION
  }

  private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();

  private ApplicantHeader() {}

  /** Classifies the joined text of a header block. */
  static Reading read(CharSequence joined) {
    String s = joined.toString();
    boolean header = s.contains(ApplicantColumn.NATURAL_PERSON.label()) || s.contains("申请人情况")
        || s.contains(ApplicantColumn.ORGANIZATION_GROUP_LABEL);
    if (!header) {
      return Reading.NONE;
    }
    int[] order = order(s);
    if (order == null) {
      return Reading.OTHER_HEADER;
    }
    for (int i = 0; i < order.length; i++) {
      if (order[i] != i) {
        return Reading.PERMUTATION;
      }
    }
    return Reading.OTHER_HEADER;
  }

  /**
   * True if, the leaf labels aside, two consecutive characters of the 法人或其他组织 group label remain: a
   * damaged group label ({@code 法他组织}) still makes the header two-level.
   */
  private static boolean groupLabelRemnant(String s) {
    String rest = s;
    for (ApplicantColumn c : COLUMNS) {
      rest = rest.replace(c.label(), "|");
    }
    String group = ApplicantColumn.ORGANIZATION_GROUP_LABEL;
    for (int i = 0; i + 2 <= group.length(); i++) {
      if (rest.contains(group.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The official column index of each printed position, or null when the text does not name each leaf
   * label exactly once or prints the group label.
   */
  static int[] order(CharSequence joined) {
    String s = joined.toString();
    if (s.contains(ApplicantColumn.ORGANIZATION_GROUP_LABEL) || groupLabelRemnant(s)) {
      return null;
    }
    int[] at = new int[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      String label = COLUMNS[c].label();
      int first = s.indexOf(label);
      if (first < 0 || s.indexOf(label, first + 1) >= 0) {
        return null;
      }
      at[c] = first;
    }
    int[] order = new int[COLUMNS.length];
    for (int p = 0; p < order.length; p++) {
      int best = -1;
      for (int c = 0; c < COLUMNS.length; c++) {
        int rank = 0;
        for (int o = 0; o < COLUMNS.length; o++) {
          rank += at[o] < at[c] ? 1 : 0;
        }
        if (rank == p) {
          best = c;
        }
      }
      order[p] = best;
    }
    return order;
  }
}
