package io.footprint.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The regions of a synthetic country: 12 senate areas around the 12 largest cities, grown to set
 * populations ({@link PowerDiagram}); counties inside each; and 15 AHSNs made of counties, some
 * reaching across a senate border as they did in England in 2013.
 */
final class Regions {
  static final String[] SENATES = {"Capital", "Middledale", "Northmoor", "Fellside", "Wealdmarsh", "Eastfen",
      "Westcombe", "Harbourside", "Peakland", "Southdown", "Riverlands", "Highwold"};

  /** Each senate's share of the residents (relative weights; the capital largest). */
  static final double[] SENATE_TARGET = {8.7, 3.0, 4.9, 4.2, 5.1, 4.6, 3.9, 4.4, 4.3, 4.8, 3.8, 3.3};
  static final String[] COUNTY_STEMS = {"Ash", "Bram", "Cold", "Dun", "Elm", "Fen", "Gorse", "Hart", "Ivy", "Kes",
      "Lark", "Moss", "Oak", "Pen", "Quarry", "Rush", "Stone", "Thorn", "Upton", "Vale", "Wold", "Yew", "Bar",
      "Cray", "Dale", "Ford", "Glen", "Holm", "Keld", "Ley", "Mere", "Ness", "Ridge", "Sand", "Tarn", "Wick",
      "Brook", "Heath", "Marsh", "Combe", "Shaw", "Hurst", "Field", "Lyn", "Rook", "Swale", "Tor", "Wen"};
  static final String[] COUNTY_SUFFIX = {"shire", "land", "shire", "ham", "shire", "borough"};
  /** Middledale (senate 1) is the three counties of the brief: Ramsdown, the city, then Netshire and Ramshire. */
  static final int MIDDLEDALE = 1;
  static final String[] MIDDLEDALE_COUNTIES = {"Ramsdown", "Netshire", "Ramshire"};
  static final double[] MIDDLEDALE_SHARES = {0.42, 0.29, 0.29};
  /** Multiplier that gives each senate's county seeds a random stream of its own. */
  private static final long COUNTY_STREAM = 31;

  private Regions() {}

  /** The senate of each area: power-diagram cells around the 12 largest cities, grown to their targets. */
  static int[] senates(double[][] pts, double[] pop, double[][] centres) {
    int n = SENATES.length;
    double[][] seeds = new double[n][];
    for (int k = 0; k < n; k++) {
      seeds[k] = new double[] {centres[k][0], centres[k][1]};
    }
    double[] targets = new double[n];
    double targetSum = Arrays.stream(SENATE_TARGET).sum();
    for (int k = 0; k < n; k++) {
      targets[k] = SENATE_TARGET[k] / targetSum * CountryGenerator.POPULATION;
    }
    return PowerDiagram.assign(pts, pop, allOf(pts.length), seeds, targets);
  }

  /**
   * The counties.
   *
   * @param of county of each area
   * @param names name of each county
   * @param senateOf senate of each county
   */
  record Counties(int[] of, List<String> names, List<Integer> senateOf) {}

  /** Counties inside each senate: five in the capital, Middledale's three, three or four elsewhere. */
  static Counties counties(double[][] pts, double[] pop, int[] senate, double[][] centres, long seed) {
    int[] county = new int[pts.length];
    List<String> names = new ArrayList<>();
    List<Integer> senateOf = new ArrayList<>();
    int stem = 0;
    for (int s = 0; s < SENATES.length; s++) {
      int[] members = membersOf(senate, s);
      int k = s == 0 ? 5 : s == MIDDLEDALE ? MIDDLEDALE_COUNTIES.length : 3 + (s % 2);
      double[][] seeds = kSeeds(pts, members, k, new SplittableRandom(seed * COUNTY_STREAM + s));
      if (s == MIDDLEDALE) {
        seeds[0] = new double[] {centres[MIDDLEDALE][0], centres[MIDDLEDALE][1]}; // Ramsdown is the city
      }
      double total = 0;
      for (int m : members) {
        total += pop[m];
      }
      double[] t = new double[k];
      Arrays.fill(t, total / k);
      if (s == MIDDLEDALE) {
        for (int c = 0; c < k; c++) {
          t[c] = total * MIDDLEDALE_SHARES[c];
        }
      }
      int[] local = PowerDiagram.assign(pts, pop, members, seeds, t);
      for (int i = 0; i < members.length; i++) {
        county[members[i]] = names.size() + local[i];
      }
      for (int c = 0; c < k; c++) {
        names.add(s == MIDDLEDALE ? MIDDLEDALE_COUNTIES[c]
            : COUNTY_STEMS[stem % COUNTY_STEMS.length] + COUNTY_SUFFIX[stem++ % COUNTY_SUFFIX.length]);
        senateOf.add(s);
      }
    }
    return new Counties(county, names, senateOf);
  }

  static int[] allOf(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  static int[] membersOf(int[] label, int value) {
    return IntStream.range(0, label.length).filter(i -> label[i] == value).toArray();
  }

  /** k seed points spread over the members (farthest-point from a random start). */
  static double[][] kSeeds(double[][] pts, int[] members, int k, SplittableRandom rnd) {
    double[][] seeds = new double[k][];
    int first = members[rnd.nextInt(members.length)];
    seeds[0] = pts[first].clone();
    double[] d = new double[members.length];
    Arrays.fill(d, Double.POSITIVE_INFINITY);
    for (int j = 1; j < k; j++) {
      int best = 0;
      for (int i = 0; i < members.length; i++) {
        double[] p = pts[members[i]];
        double dx = p[0] - seeds[j - 1][0];
        double dy = p[1] - seeds[j - 1][1];
        d[i] = Math.min(d[i], dx * dx + dy * dy);
        if (d[i] > d[best]) {
          best = i;
        }
      }
      seeds[j] = pts[members[best]].clone();
    }
    return seeds;
  }

  /**
   * 15 AHSNs: one per senate, the Capital split in three and Westcombe in two; then three AHSNs
   * reach across a senate border by taking a neighbouring senate's county, as North West Coast and
   * UCLPartners did in 2013.
   */
  static int[] ahsns(int[] senate, int[] county, List<Integer> countySenate, double[][] pts,
      double[][] centres) {
    int nCounties = countySenate.size();
    int[] ahsnOfCounty = new int[nCounties];
    int capitalCounty = 0;
    int westCounty = 0;
    for (int c = 0; c < nCounties; c++) {
      int s = countySenate.get(c);
      ahsnOfCounty[c] = s;
      if (s == 0) {
        ahsnOfCounty[c] = capitalCounty < 2 ? 0 : capitalCounty < 4 ? 12 : 13;
        capitalCounty++;
      }
      if (s == 6) {
        ahsnOfCounty[c] = westCounty < 2 ? 6 : 14;
        westCounty++;
      }
    }
    // three cross-border AHSNs: the county of senate b nearest senate a's city joins a's AHSN
    int[][] pairs = {{2, 3}, {4, 9}, {10, 11}};
    double[][] countyCentre = new double[nCounties][3];
    for (int i = 0; i < pts.length; i++) {
      countyCentre[county[i]][0] += pts[i][0];
      countyCentre[county[i]][1] += pts[i][1];
      countyCentre[county[i]][2]++;
    }
    for (int[] p : pairs) {
      int best = -1;
      double bestD = Double.POSITIVE_INFINITY;
      int inB = 0;
      for (int c = 0; c < nCounties; c++) {
        if (countySenate.get(c) == p[1]) {
          inB++;
        }
      }
      for (int c = 0; c < nCounties; c++) {
        if (countySenate.get(c) == p[1] && inB > 2) {
          double dx = countyCentre[c][0] / countyCentre[c][2] - centres[p[0]][0];
          double dy = countyCentre[c][1] / countyCentre[c][2] - centres[p[0]][1];
          double d = dx * dx + dy * dy;
          if (d < bestD) {
            bestD = d;
            best = c;
          }
        }
      }
      if (best >= 0) {
        ahsnOfCounty[best] = p[0];
      }
    }
    int[] out = new int[senate.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ahsnOfCounty[county[i]];
    }
    return out;
  }

  static String ahsnName(int k) {
    return switch (k) {
      case 0 -> "Capital Central Partners";
      case 12 -> "Capital West Health Partners";
      case 13 -> "Capital South Innovation Network";
      case 6 -> "Westcombe North";
      case 14 -> "Westcombe and the Coast";
      default -> SENATES[k] + " Health Science Network";
    };
  }
}
