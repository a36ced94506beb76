package io.footprint.propose;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Needs and variation across footprints: each footprint's activity per 1,000 residents set against the
 * overall rate on a funnel plot, and the statistics of small-area variation that the Dartmouth Atlas and the
 * NHS Atlas of Variation report.
 *
 * <p>Funnel plot (Spiegelhalter, D. J. (2005), "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24, 1185-1202): a footprint of {@code n} residents is expected to have
 * {@code E = r0 n} activity at the overall rate {@code r0} (or the expected activity given per area, e.g. from
 * age-sex standardisation done elsewhere). Its control limits are the exact Poisson limits for a count of E
 * (Garwood, F. (1936), "Fiducial limits for the Poisson distribution", Biometrika 28, 437-442), the form
 * Public Health England's funnel plots use: lower {@code = G^-1(a/2; E)}, upper {@code = G^-1(1 - a/2; E + 1)},
 * G the gamma distribution of unit scale with that shape (the same as half the chi-squared quantiles with 2E
 * and 2E + 2 degrees of freedom), {@code a} 0.05 for the 95% limits and 0.002 for the 99.8% ones. A footprint
 * above or below a limit is flagged.
 *
 * <p>Across footprints: the systematic component of variation (McPherson, K., Wennberg, J. E., Hovind, O. B.
 * and Clifford, P. (1982), "Small-area variations in the use of common surgical procedures: an international
 * comparison of New England, England, and Norway", NEJM 307, 1310-1314), {@code SCV = 100 (mean of
 * ((O - E) / E)^2 - mean of 1 / E)}, the variation left once Poisson noise is taken off; and the extremal
 * quotient, the highest rate over the lowest.
 */
public final class Variation {
  /** Two-sided coverage of the inner and outer funnel limits. */
  public static final double INNER = 0.95;
  public static final double OUTER = 0.998;

  private Variation() {}

  /** Where a footprint lies against its limits. */
  public enum Flag {
    ABOVE_OUTER("above 99.8%"), ABOVE_INNER("above 95%"), WITHIN("within"), BELOW_INNER("below 95%"),
    BELOW_OUTER("below 99.8%");

    private final String label;

    Flag(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean outsideInner() {
      return this != WITHIN;
    }

    public boolean outsideOuter() {
      return this == ABOVE_OUTER || this == BELOW_OUTER;
    }
  }

  /**
   * One footprint's figures; rates and limits per 1,000 residents.
   *
   * @param observed its residents' activity
   * @param expected at the overall rate (or as given)
   * @param ratio observed over expected (an indirectly standardised ratio when expected is given)
   */
  public record Unit(double population, double observed, double expected, double rate, double ratio,
      double lowerInner, double upperInner, double lowerOuter, double upperOuter, Flag flag) {}

  /**
   * @param overallRate all activity per 1,000 residents
   * @param scv systematic component of variation (x 100), NaN with fewer than two footprints
   * @param extremalQuotient highest rate over lowest (of ratios when expected was given), NaN when the lowest is 0
   */
  public record Result(List<Unit> units, double overallRate, double scv, double extremalQuotient, int outsideInner,
      int outsideOuter, boolean standardised) {
    public Result {
      units = List.copyOf(units);
    }
  }

  /**
   * @param population residents of each footprint
   * @param observed activity of each footprint's residents
   * @param expected expected activity of each, or null for the overall rate times its residents
   */
  public static Result of(double[] population, double[] observed, double[] expected) {
    int k = population.length;
    double pop = 0;
    double obs = 0;
    for (int i = 0; i < k; i++) {
      pop += population[i];
      obs += observed[i];
    }
    double r0 = pop > 0 ? obs / pop : 0;
    List<Unit> units = new ArrayList<>(k);
    double sq = 0;
    double inv = 0;
    int counted = 0;
    double hi = Double.NEGATIVE_INFINITY;
    double lo = Double.POSITIVE_INFINITY;
    int inner = 0;
    int outer = 0;
    for (int i = 0; i < k; i++) {
      double n = population[i];
      double e = expected != null ? expected[i] : r0 * n;
      double o = observed[i];
      double perThousand = n > 0 ? 1000 / n : Double.NaN;
      double li = lower(e, INNER);
      double ui = upper(e, INNER);
      double lo2 = lower(e, OUTER);
      double uo = upper(e, OUTER);
      Flag flag = o > uo ? Flag.ABOVE_OUTER : o > ui ? Flag.ABOVE_INNER : o < lo2 ? Flag.BELOW_OUTER
          : o < li ? Flag.BELOW_INNER : Flag.WITHIN;
      double ratio = e > 0 ? o / e : Double.NaN;
      units.add(new Unit(n, o, e, o * perThousand, ratio, li * perThousand, ui * perThousand, lo2 * perThousand,
          uo * perThousand, flag));
      inner += flag.outsideInner() ? 1 : 0;
      outer += flag.outsideOuter() ? 1 : 0;
      if (e > 0) {
        double d = (o - e) / e;
        sq += d * d;
        inv += 1 / e;
        counted++;
        double v = expected != null ? ratio : o * perThousand;
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
    double scv = counted >= 2 ? 100 * (sq / counted - inv / counted) : Double.NaN;
    double eq = counted >= 2 && lo > 0 ? hi / lo : Double.NaN;
    return new Result(units, 1000 * r0, scv, eq, inner, outer, expected != null);
  }

  /** Lower exact Poisson limit, with two-sided {@code coverage}, for a count of {@code e} (0 for 0). */
  public static double lower(double e, double coverage) {
    return e > 0 ? GammaDistribution.of(e, 1).inverseCumulativeProbability((1 - coverage) / 2) : 0;
  }

  /** Upper exact Poisson limit, with two-sided {@code coverage}, for a count of {@code e}. */
  public static double upper(double e, double coverage) {
    return GammaDistribution.of(e + 1, 1).inverseCumulativeProbability(1 - (1 - coverage) / 2);
  }
}
