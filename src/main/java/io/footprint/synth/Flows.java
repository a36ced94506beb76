package io.footprint.synth;

import io.footprint.model.Conditions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Flows from a gravity model: an area's demand for a condition (its population times the
 * condition's admission rate) is shared among the sites that provide it in proportion to
 * {@code size^0.8 * 2^(-distance / reach)}, keeping the six strongest; counts are rounded to whole
 * admissions. Attraction halves every 5-7 km for district services and every 12-22 km for tertiary ones (the referral hierarchy).
 */
final class Flows {
  static final int KEEP = 6;
  static final int NEAREST = 40;

  private Flows() {}

  /** @param years years of activity counted: each area's demand is that many years' admissions */
  static long write(Path file, Integer[] order, String[] code, double[][] pts, double[] pop, Sites sites,
      double years, SplittableRandom rnd) throws IOException {
    int ns = sites.count();
    List<String> conditions = Conditions.CANONICAL;
    int[][] providers = new int[conditions.size()][];
    for (int c = 0; c < conditions.size(); c++) {
      final int cc = c;
      providers[c] = IntStream.range(0, ns).filter(s -> sites.provides(s, conditions.get(cc)))
          .toArray();
    }
    String[] siteCode = new String[ns];
    for (int s = 0; s < ns; s++) {
      siteCode[s] = Sites.code(s);
    }
    double[] attraction = new double[ns];
    for (int s = 0; s < ns; s++) {
      attraction[s] = Math.pow(sites.size[s], 0.8);
    }
    long rows = 0;
    Area area = new Area(sites, attraction, Math.min(NEAREST, ns));
    try (Writer out = CountryFiles.gzip(file)) {
      out.write("area_code,site_code,condition,activity\n");
      StringBuilder line = new StringBuilder(64);
      for (int i : order) {
        nearest(pts[i], sites, area.near, area.nearD);
        double demandBase = pop[i] * years;
        for (int c = 0; c < conditions.size(); c++) {
          String cond = conditions.get(c);
          for (int[] e : area.flows(pts[i], demandBase, providers[c], CountryGenerator.RATE_AND_REACH.get(cond), rnd)) {
            line.setLength(0);
            line.append(code[i]).append(',').append(siteCode[e[0]]).append(',').append(cond).append(',')
                .append(e[1]).append('\n');
            out.append(line);
            rows++;
          }
        }
      }
    }
    return rows;
  }

  /** One area's draws, with work arrays every area reuses. */
  private static final class Area {
    final Sites sites;
    final double[] attraction;
    final int[] near;
    final double[] nearD;
    final double[] w;
    final int[] cand;

    Area(Sites sites, double[] attraction, int nearest) {
      this.sites = sites;
      this.attraction = attraction;
      near = new int[nearest];
      nearD = new double[nearest];
      w = new double[sites.count()];
      cand = new int[sites.count()];
    }

    /**
     * The area's admissions for one condition as (site, count) pairs in site order: district services
     * among its nearest sites, tertiary ones among the sites providing them; demand spread over the
     * {@link #KEEP} most attractive by gravity, with stochastic rounding.
     *
     * @param pop residents times the years counted
     * @param rateAndReach admissions per 1,000 residents, and the km over which attraction halves
     */
    List<int[]> flows(double[] at, double pop, int[] providers, double[] rateAndReach, SplittableRandom rnd) {
      boolean district = providers.length == sites.count();
      int m = 0;
      if (district) {
        for (int j = 0; j < near.length; j++) {
          cand[m++] = near[j];
        }
      } else {
        for (int s : providers) {
          cand[m++] = s;
        }
      }
      for (int j = 0; j < m; j++) {
        int s = cand[j];
        double d = Math.hypot(at[0] - sites.x[s], at[1] - sites.y[s]) / 1000;
        w[j] = attraction[s] * Math.pow(2, -d / rateAndReach[1]);
      }
      int keep = Math.min(KEEP, m);
      int[] top = topK(w, cand, m, keep);
      double total = 0;
      for (int j = 0; j < keep; j++) {
        total += w[top[j]];
      }
      double demand = pop * rateAndReach[0] / 1000 * Math.exp(0.1 * gaussianish(rnd));
      List<int[]> emitted = new ArrayList<>();
      for (int j = 0; j < keep; j++) {
        double expected = demand * w[top[j]] / total;
        // stochastic rounding keeps rare conditions (0.2 burns a year from a small area) in the data
        long n = (long) Math.floor(expected) + (rnd.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
        if (n > 0) {
          emitted.add(new int[] {cand[top[j]], (int) n});
        }
      }
      emitted.sort((x, y) -> Integer.compare(x[0], y[0]));
      return emitted;
    }
  }

  /** Positions (into w and cand) of the k largest weights, largest first, ties to the lower site. */
  private static int[] topK(double[] w, int[] cand, int m, int k) {
    int[] out = new int[k];
    int filled = 0;
    for (int j = 0; j < m; j++) {
      if (filled == k && !before(j, out[k - 1], w, cand)) {
        continue;
      }
      int i = filled < k ? filled++ : k - 1;
      while (i > 0 && before(j, out[i - 1], w, cand)) {
        out[i] = out[i - 1];
        i--;
      }
      out[i] = j;
    }
    return out;
  }

  private static boolean before(int a, int b, double[] w, int[] cand) {
    return w[a] != w[b] ? w[a] > w[b] : cand[a] < cand[b];
  }

  private static void nearest(double[] p, Sites sites, int[] near, double[] nearD) {
    Arrays.fill(nearD, Double.POSITIVE_INFINITY);
    int k = near.length;
    for (int s = 0; s < sites.count(); s++) {
      double dx = p[0] - sites.x[s];
      double dy = p[1] - sites.y[s];
      double d = dx * dx + dy * dy;
      if (d < nearD[k - 1]) {
        int j = k - 1;
        while (j > 0 && nearD[j - 1] > d) {
          nearD[j] = nearD[j - 1];
          near[j] = near[j - 1];
          j--;
        }
        nearD[j] = d;
        near[j] = s;
      }
    }
  }

  private static double gaussianish(SplittableRandom rnd) {
    return rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5;
  }
}
