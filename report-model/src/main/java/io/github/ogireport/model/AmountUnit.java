package io.github.ogireport.model;

import java.util.Optional;

/**
 * The unit an amount of money was reported in.
 *
 * @since 0.1
 */
public enum AmountUnit {
  /** 元 (yuan). */
  YUAN("yuan", "元", -4),
  /** 万元 (ten thousand yuan), the unit the official tables use. */
  WAN_YUAN("wan_yuan", "万元", 0),
  /** No unit was printed, neither in the cell nor in the column header. */
  UNSPECIFIED("unspecified", "", 0);

  private final String key;
  private final String label;
  private final int shiftToWanYuan;

  AmountUnit(String key, String label, int shiftToWanYuan) {
    this.key = key;
    this.label = label;
    this.shiftToWanYuan = shiftToWanYuan;
  }

  /** The stable key used in JSON. */
  public String key() {
    return key;
  }

  /** The Chinese unit as printed ({@code 元}, {@code 万元}); empty for {@link #UNSPECIFIED}. */
  public String label() {
    return label;
  }

  int shiftToWanYuan() {
    return shiftToWanYuan;
  }

  /** Returns the unit with the given key or printed label, or empty. */
  public static Optional<AmountUnit> fromKey(String key) {
    for (AmountUnit u : values()) {
      if (u.key.equals(key) || (!u.label.isEmpty() && u.label.equals(key))) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
