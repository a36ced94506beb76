package io.footprint.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The counts a reader of a scan should consider, each with its reason: the robust counts, the largest
 * self-contained count, the knee of localisation against the count, and from them the recommended count.
 */
public final class ScanMarks {
  private ScanMarks() {}

  /** What a mark says of a count. */
  public enum Kind {
    /** holds over a wide span of resolution and its independent starts agree. */
    ROBUST("robust"),
    /** the largest count at which every footprint keeps the self-contained share of its residents' activity. */
    SELF_CONTAINED("self_contained"),
    /** where localisation stops falling slowly and starts falling fast as footprints are added. */
    KNEE("knee"),
    /**
     * the largest robust count that is also self-contained; else the self-contained count; else the
     * smallest robust count.
     */
    RECOMMENDED("recommended");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** A marked count. */
  public record Mark(int footprints, Kind kind, String reason) {}

  /** The figures of one scanned count that the marks read. */
  public record Row(int footprints, double span, double lowest, double highest, int starts, int startsAtCount,
      double meanVariationOfInformation, double meanAdjustedRand, double localisation, double minLocalisation) {}

  /** The marks of {@code rows} (fewest footprints first), in the order of {@link Kind}, then by count. */
  public static List<Mark> of(List<Row> rows, ScanSettings s) {
    List<Mark> out = new ArrayList<>();
    List<Row> robust = new ArrayList<>();
    for (Row r : rows) {
      if (isRobust(r, s)) {
        robust.add(r);
        out.add(new Mark(r.footprints(), Kind.ROBUST, String.format(Locale.ROOT,
            "holds from resolution %.3g to %.3g (span %.2f, at least %.2f) and its %d starts agree (mean "
                + "variation of information %.3f nats, at most %.3f; adjusted Rand %.3f)", r.lowest(), r.highest(),
            r.span(), s.robustSpan(), r.starts(), r.meanVariationOfInformation(), s.robustVariation(),
            r.meanAdjustedRand())));
      }
    }
    Row selfContained = null;
    for (Row r : rows) {
      if (r.minLocalisation() >= s.selfContained()) {
        selfContained = r;
      }
    }
    if (selfContained != null) {
      out.add(new Mark(selfContained.footprints(), Kind.SELF_CONTAINED, String.format(Locale.ROOT,
          "the most footprints at which every one keeps at least %.1f%% of its residents' activity (the least "
              + "keeps %.1f%%)", 100 * s.selfContained(), 100 * selfContained.minLocalisation())));
    }
    int knee = knee(rows);
    if (knee >= 0) {
      Row r = rows.get(knee);
      out.add(new Mark(r.footprints(), Kind.KNEE, String.format(Locale.ROOT,
          "localisation %.3f: the bend of localisation against the count (the count farthest from the "
              + "straight line through the curve's ends)", r.localisation())));
    }
    Row recommended = null;
    for (Row r : robust) {
      if (r.minLocalisation() >= s.selfContained()) {
        recommended = r;
      }
    }
    if (recommended != null) {
      out.add(new Mark(recommended.footprints(), Kind.RECOMMENDED, "the most footprints that are both robust and "
          + "self-contained"));
    } else if (selfContained != null) {
      out.add(new Mark(selfContained.footprints(), Kind.RECOMMENDED, robust.isEmpty()
          ? "no count is robust: the most self-contained footprints" : "no robust count is self-contained: the "
          + "most self-contained footprints"));
    } else if (!robust.isEmpty()) {
      out.add(new Mark(robust.get(0).footprints(), Kind.RECOMMENDED, "no count is self-contained: the fewest "
          + "robust footprints"));
    }
    return out;
  }

  /** Whether a row holds over the span asked for and its starts (two at least, all at the count) agree. */
  public static boolean isRobust(Row r, ScanSettings s) {
    return r.starts() >= 2 && r.startsAtCount() == r.starts() && r.span() >= s.robustSpan()
        && r.meanVariationOfInformation() <= s.robustVariation();
  }

  /**
   * The knee of localisation against the count (Satopaa, V., Albrecht, J., Irwin, D. and Raghavan, B.
   * (2011), "Finding a 'Kneedle' in a haystack", ICDCS workshops): both scaled to 0..1, the row farthest
   * from the straight line from the first row to the last, on the side most of the curve bulges to (above
   * it when localisation falls slowly and then fast, below when fast and then slowly); -1 with fewer than
   * three rows or a straight line.
   */
  static int knee(List<Row> rows) {
    int n = rows.size();
    if (n < 3) {
      return -1;
    }
    double x0 = rows.get(0).footprints();
    double x1 = rows.get(n - 1).footprints();
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (Row r : rows) {
      yMin = Math.min(yMin, r.localisation());
      yMax = Math.max(yMax, r.localisation());
    }
    if (!(yMax > yMin) || x1 == x0) {
      return -1;
    }
    double y0 = (rows.get(0).localisation() - yMin) / (yMax - yMin);
    double y1 = (rows.get(n - 1).localisation() - yMin) / (yMax - yMin);
    double[] gap = new double[n];
    double bulge = 0;
    for (int i = 1; i < n - 1; i++) {
      double x = (rows.get(i).footprints() - x0) / (x1 - x0);
      double y = (rows.get(i).localisation() - yMin) / (yMax - yMin);
      gap[i] = y - (y0 + (y1 - y0) * x);
      bulge += gap[i];
    }
    double side = bulge >= 0 ? 1 : -1;
    int best = -1;
    double bestGap = 1e-9;
    for (int i = 1; i < n - 1; i++) {
      if (side * gap[i] > bestGap) {
        bestGap = side * gap[i];
        best = i;
      }
    }
    return best;
  }
}
