package io.footprint.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Provider sites: centres of a population-weighted k-means of the area points (k-means++ start,
 * Arthur and Vassilvitskii 2007), each moved to the nearest area point, sized by the residents
 * nearest to it. The largest, well-separated sites are the tertiary centres: burns (12), major
 * trauma (22), neonatal intensive care (45); critical care at the larger 60% of sites.
 */
final class Sites {
  static final String[] STEMS = {"Ashby", "Bramley", "Colton", "Dunmore", "Elmstead", "Fenwick", "Gorsey",
      "Hartwell", "Ivybridge", "Kestrel", "Larkhill", "Mossley", "Oakley", "Penrose", "Quarrington", "Rushden",
      "Stonegate", "Thornbury", "Upton", "Valemoor", "Woldham", "Yewdale"};
  static final String[] KINDS = {"General Hospital", "Royal Infirmary", "District Hospital", "University Hospital"};

  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  /** Trust codes R00..RZZ. */
  static final int TRUSTS = 36 * 36;

  final double[] x;
  final double[] y;
  final double[] size;
  final boolean[] burns;
  final boolean[] trauma;
  final boolean[] neonatal;
  final boolean[] criticalCare;

  private Sites(double[] x, double[] y, double[] size) {
    this.x = x;
    this.y = y;
    this.size = size;
    int n = x.length;
    burns = tertiary(12, 70_000);
    trauma = tertiary(22, 45_000);
    neonatal = tertiary(45, 25_000);
    criticalCare = new boolean[n];
    Integer[] bySize = bySize();
    for (int r = 0; r < Math.ceil(n * 0.6); r++) {
      criticalCare[bySize[r]] = true;
    }
    for (int s = 0; s < n; s++) {
      criticalCare[s] |= burns[s] || trauma[s] || neonatal[s];
    }
  }

  int count() {
    return x.length;
  }

  /**
   * The site's code, NHS-shaped: a three-character trust code ({@code R} and two base-36 digits) and a
   * two-digit site number. The first {@value #TRUSTS} sites are site 01 of their own trust; later ones
   * are further sites of the same trusts, so codes stay unique up to 99 sites per trust.
   */
  static String code(int s) {
    if (s >= TRUSTS * 99) {
      throw new IllegalStateException("more than " + TRUSTS * 99 + " sites have no unique code");
    }
    int t = s % TRUSTS;
    int site = s / TRUSTS + 1;
    return new String(new char[] {'R', DIGITS.charAt(t / 36), DIGITS.charAt(t % 36), (char) ('0' + site / 10),
        (char) ('0' + site % 10)});
  }

  /** The trust's name, shared by its sites. */
  static String trustName(int s) {
    return name(s % TRUSTS) + " NHS Trust";
  }

  static String name(int s) {
    return STEMS[s % STEMS.length] + " " + KINDS[(s / STEMS.length) % KINDS.length]
        + (s >= STEMS.length * KINDS.length ? " " + (s / (STEMS.length * KINDS.length) + 1) : "");
  }

  boolean provides(int s, String condition) {
    return switch (condition) {
      case "burns" -> burns[s];
      case "trauma" -> trauma[s];
      case "neonatal" -> neonatal[s];
      case "critical_care" -> criticalCare[s];
      default -> true;
    };
  }

  /**
   * The site's roles in the operational delivery networks' pathways: the tertiary centres are the burns
   * centres, major trauma centres and neonatal intensive care units their networks are organised around.
   */
  String roles(int s) {
    List<String> r = new ArrayList<>();
    if (burns[s]) {
      r.add("burns:BURNS_CENTRE");
    }
    if (neonatal[s]) {
      r.add("neonatal:NICU");
    }
    if (trauma[s]) {
      r.add("trauma:MTC");
    }
    return String.join(";", r);
  }

  private Integer[] bySize() {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> size[a] != size[b] ? Double.compare(size[b], size[a]) : Integer.compare(a, b));
    return order;
  }

  /** The largest sites, skipping any within {@code separation} metres of one already chosen. */
  private boolean[] tertiary(int count, double separation) {
    boolean[] out = new boolean[x.length];
    int chosen = 0;
    for (int s : bySize()) {
      if (chosen == count) {
        break;
      }
      boolean far = true;
      for (int t = 0; t < x.length && far; t++) {
        if (out[t] && Math.hypot(x[s] - x[t], y[s] - y[t]) < separation) {
          far = false;
        }
      }
      if (far) {
        out[s] = true;
        chosen++;
      }
    }
    return out;
  }

  static Sites place(double[][] pts, double[] pop, int k, SplittableRandom rnd) {
    int n = pts.length;
    double[][] c = new double[k][];
    double[] d2 = new double[n];
    Arrays.fill(d2, Double.POSITIVE_INFINITY);
    c[0] = pts[weightedPick(pop, null, rnd)].clone();
    for (int j = 1; j < k; j++) {
      for (int i = 0; i < n; i++) {
        double dx = pts[i][0] - c[j - 1][0];
        double dy = pts[i][1] - c[j - 1][1];
        d2[i] = Math.min(d2[i], dx * dx + dy * dy);
      }
      c[j] = pts[weightedPick(pop, d2, rnd)].clone();
    }
    int[] label = new int[n];
    double[] size = new double[k];
    for (int iter = 0; iter < 8; iter++) {
      double[][] sum = new double[k][3];
      Arrays.fill(size, 0);
      for (int i = 0; i < n; i++) {
        int best = nearest(pts[i], c);
        label[i] = best;
        sum[best][0] += pts[i][0] * pop[i];
        sum[best][1] += pts[i][1] * pop[i];
        sum[best][2] += pop[i];
        size[best] += pop[i];
      }
      for (int j = 0; j < k; j++) {
        if (sum[j][2] > 0) {
          c[j] = new double[] {sum[j][0] / sum[j][2], sum[j][1] / sum[j][2]};
        }
      }
    }
    double[] x = new double[k];
    double[] y = new double[k];
    for (int j = 0; j < k; j++) {
      int best = nearest(c[j], pts);
      x[j] = pts[best][0];
      y[j] = pts[best][1];
      size[j] = Math.max(size[j], 1);
    }
    return new Sites(x, y, size);
  }

  private static int nearest(double[] p, double[][] candidates) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int j = 0; j < candidates.length; j++) {
      double dx = p[0] - candidates[j][0];
      double dy = p[1] - candidates[j][1];
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    return best;
  }

  private static int weightedPick(double[] pop, double[] d2, SplittableRandom rnd) {
    double total = 0;
    for (int i = 0; i < pop.length; i++) {
      total += pop[i] * (d2 == null ? 1 : d2[i]);
    }
    double r = rnd.nextDouble() * total;
    for (int i = 0; i < pop.length; i++) {
      r -= pop[i] * (d2 == null ? 1 : d2[i]);
      if (r <= 0) {
        return i;
      }
    }
    return pop.length - 1;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d sites", x.length);
  }
}
