package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@link LayoutFamily#LABEL_NOISE}: the official TAB layout with damaged words. A share of the row labels,
 * header words and captions (chosen per report) gets one damage each: characters deleted
 * ({@code 其他法律行政止公开}), a character replaced or inserted, the label truncated, letter-spaced
 * ({@code 自 然 人}), brackets and digits switched between full and half width, or the numbering dropped.
 * Section headings get inserted characters ({@code 四、政府信息公开行政法复议、行政诉讼情况}), dropped numbering or
 * switched widths. Every damage is derived from the official word; values are untouched.
 */
final class LabelNoiseLayout implements Layout {
  /** One kind of damage to a word; returns the word unchanged if it does not apply. */
  enum Noise {
    DELETED(LabelNoiseLayout::delete),
    REPLACED(LabelNoiseLayout::replace),
    INSERTED(LabelNoiseLayout::insert),
    TRUNCATED(LabelNoiseLayout::truncate),
    LETTER_SPACED(LabelNoiseLayout::letterSpace),
    WIDTH_SWITCHED(LabelNoiseLayout::switchWidth),
    NUMBERING_DROPPED(LabelNoiseLayout::dropNumbering);

    final BiFunction<String, Dice, String> apply;

    Noise(BiFunction<String, Dice, String> apply) {
      this.apply = apply;
    }
  }

  private static final List<Noise> HEADING_NOISE =
      List.of(Noise.INSERTED, Noise.NUMBERING_DROPPED, Noise.WIDTH_SWITCHED, Noise.LETTER_SPACED);
  private static final List<Noise> LABEL_NOISE = List.of(Noise.values());

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    double share = 0.2 + 0.25 * dice.nextInt(100) / 100.0;
    List<String> damage = new ArrayList<>();
    Doc noisy = doc.mapWords(
        h -> damage(h, HEADING_NOISE, share, dice, damage),
        l -> damage(l, LABEL_NOISE, share, dice, damage));
    if (damage.isEmpty()) {
      // a noisy rendering always carries noise: insert a character into every heading
      noisy = doc.mapWords(h -> damage(h, List.of(Noise.INSERTED), 1.0, dice, damage), l -> l);
    }
    String blank = dice.pick(OfficialLayout.BLANKS);
    damage.add(OfficialLayout.blankDamage("label noise", blank));
    return new Output(OfficialLayout.write(noisy, blank), report, damage);
  }

  private static String damage(String word, List<Noise> kinds, double share, Dice dice, List<String> damage) {
    if (word.length() < 2 || !dice.chance(share)) {
      return word;
    }
    int start = dice.nextInt(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      Noise n = kinds.get((start + i) % kinds.size());
      String out = n.apply.apply(word, dice);
      if (!out.equals(word)) {
        damage.add("label noise: " + n.name().toLowerCase(java.util.Locale.ROOT) + ": " + word + " → " + out);
        return out;
      }
    }
    return word;
  }

  private static int numbering(String s) {
    return Words.numbering(s);
  }

  static String delete(String s, Dice dice) {
    int from = numbering(s);
    int body = s.length() - from;
    if (body < 5) {
      return s;
    }
    int n = dice.between(1, Math.min(3, body - 3));
    int at = from + dice.between(1, body - n - 1);
    return s.substring(0, at) + s.substring(at + n);
  }

  static String replace(String s, Dice dice) {
    int from = numbering(s);
    if (s.length() - from < 3) {
      return s;
    }
    int at = from + dice.nextInt(s.length() - from);
    char other = s.charAt(from + dice.nextInt(s.length() - from));
    if (other == s.charAt(at) || !Character.isIdeographic(other)) {
      return s;
    }
    return s.substring(0, at) + other + s.substring(at + 1);
  }

  static String insert(String s, Dice dice) {
    int from = numbering(s);
    if (s.length() - from < 3) {
      return s;
    }
    char c = s.charAt(from + dice.nextInt(s.length() - from));
    if (!Character.isIdeographic(c)) {
      return s;
    }
    int at = from + dice.between(1, s.length() - from - 1);
    return s.substring(0, at) + c + s.substring(at);
  }

  static String truncate(String s, Dice dice) {
    if (s.length() < 6) {
      return s;
    }
    int keep = Math.max(4, s.length() * dice.between(55, 85) / 100);
    return keep >= s.length() ? s : s.substring(0, keep);
  }

  static String letterSpace(String s, Dice dice) {
    if (s.length() > 12) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  static String switchWidth(String s, Dice dice) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（') {
        sb.append('(');
      } else if (c == '）') {
        sb.append(')');
      } else if (c >= '0' && c <= '9') {
        sb.append((char) (c - '0' + '０'));
      } else if (c == '.') {
        sb.append('．');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String dropNumbering(String s, Dice dice) {
    return Words.dropNumbering(s);
  }
}
