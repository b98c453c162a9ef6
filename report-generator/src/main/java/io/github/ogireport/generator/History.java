package io.github.ogireport.generator;

/**
 * What one year of an agency's reports hands on to the next, so that a series satisfies the cross-year
 * identities: the applications carried forward (R23 becomes next year's R02), the 2019 项目数量 of
 * section 二 (上一年项目数量 + 本年增/减 becomes next year's 上一年项目数量), the cumulative 对外公开总数量, and
 * the 现行有效件数 of 2021 and later. A fresh history makes a report stand alone: the previous year's
 * figures are then invented.
 */
final class History {
  /** Indexes into {@link #items}. */
  static final int LICENSING = 0;
  static final int OTHER_SERVICES = 1;
  static final int PENALTY = 2;
  static final int COMPULSION = 3;
  static final int FEES = 4;

  boolean hasCarry;
  /** Applications carried forward, per applicant part column (自然人 … 其他). */
  final long[] carry = new long[6];

  boolean hasItems;
  /** 上一年项目数量 of the next year: licensing, other services, penalty, compulsion, fees. */
  final long[] items = new long[5];

  boolean hasDisclosedTotal;
  /** 对外公开总数量 of 规章 and 规范性文件 (2019 edition). */
  final long[] disclosedTotal = new long[2];

  boolean hasInForce;
  /** 现行有效件数 of 规章 and 行政规范性文件 (2021 edition). */
  final long[] inForce = new long[2];
}
