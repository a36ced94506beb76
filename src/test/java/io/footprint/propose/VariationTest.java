package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@link Variation}: the funnel limits against published exact Poisson limits and their defining equations,
 * and SCV and the extremal quotient on a table worked out by hand.
 */
class VariationTest {
  /**
   * Exact 95% limits for counts of 0, 1, 5 and 10, as tabulated from Garwood (1936), e.g. in Ulm, K. (1990),
   * "A simple method to calculate the confidence interval of a standardized mortality ratio", American Journal of
   * Epidemiology 131, 373-375, and in Public Health England's confidence interval guidance: 0 to 3.6889, 0.0253
   * to 5.5716, 1.6235 to 11.6683, 4.7954 to 18.3904.
   */
  @Test
  void limitsEqualThePublishedExactPoissonLimits() {
    double[][] published = {{0, 0, 3.6889}, {1, 0.0253, 5.5716}, {5, 1.6235, 11.6683}, {10, 4.7954, 18.3904}};
    for (double[] row : published) {
      assertThat(Variation.lower(row[0], 0.95)).as("lower for %s", row[0]).isCloseTo(row[1], within(5e-5));
      assertThat(Variation.upper(row[0], 0.95)).as("upper for %s", row[0]).isCloseTo(row[2], within(5e-5));
    }
  }

  /**
   * For a count of 0 the upper limit solves e^-u = a/2 and for 1 the lower solves 1 - e^-l = a/2, so at 99.8%
   * they are -ln 0.001 and -ln 0.999; for any whole count x the limits solve P(X >= x | lower) = a/2 and
   * P(X <= x | upper) = a/2, checked with the Poisson distribution.
   */
  @Test
  void limitsSolveTheirDefiningEquations() {
    assertThat(Variation.upper(0, 0.998)).isCloseTo(-Math.log(0.001), within(1e-9));
    assertThat(Variation.lower(1, 0.998)).isCloseTo(-Math.log(0.999), within(1e-12));
    for (int x : new int[] {2, 20, 137}) {
      for (double coverage : new double[] {Variation.INNER, Variation.OUTER}) {
        double tail = (1 - coverage) / 2;
        double lo = Variation.lower(x, coverage);
        double hi = Variation.upper(x, coverage);
        assertThat(PoissonDistribution.of(lo).survivalProbability(x - 1)).isCloseTo(tail, within(1e-9));
        assertThat(PoissonDistribution.of(hi).cumulativeProbability(x)).isCloseTo(tail, within(1e-9));
      }
    }
  }

  /**
   * Three footprints of 1,000, 2,000 and 1,000 residents with 10, 40 and 30 activity: the overall rate is
   * 80 / 4,000, so 20 per 1,000 and 20, 40, 20 expected. ((O - E) / E)^2: 0.25, 0, 0.25 (mean 1/6); 1 / E: 0.05,
   * 0.025, 0.05 (mean 1/24); SCV = 100 (1/6 - 1/24) = 12.5. Rates 10, 20, 30 per 1,000: the extremal quotient is 3.
   * 10 lies below 20's 95% limits (12.22 to 30.89) and 30 is within them; 40 is its own expectation.
   */
  @Test
  void variationOnATableWorkedByHand() {
    Variation.Result r = Variation.of(new double[] {1000, 2000, 1000}, new double[] {10, 40, 30}, null);
    assertThat(r.overallRate()).isCloseTo(20, within(1e-12));
    assertThat(r.scv()).isCloseTo(12.5, within(1e-9));
    assertThat(r.extremalQuotient()).isCloseTo(3, within(1e-12));
    assertThat(r.units()).extracting(Variation.Unit::expected).containsExactly(20.0, 40.0, 20.0);
    assertThat(r.units()).extracting(Variation.Unit::rate).containsExactly(10.0, 20.0, 30.0);
    assertThat(r.units().get(0).flag()).isIn(Variation.Flag.BELOW_INNER, Variation.Flag.BELOW_OUTER);
    assertThat(r.units().get(1).flag()).isEqualTo(Variation.Flag.WITHIN);
    assertThat(r.units().get(2).flag()).isEqualTo(Variation.Flag.WITHIN);
    assertThat(r.units().get(0).lowerInner()).isCloseTo(Variation.lower(20, 0.95), within(1e-12));
    assertThat(r.outsideInner()).isEqualTo(1);
  }

  /** With expected activity given, ratios replace rates in the extremal quotient, and E is what was given. */
  @Test
  void expectedActivityStandardises() {
    Variation.Result r = Variation.of(new double[] {1000, 1000}, new double[] {30, 30}, new double[] {12, 30});
    assertThat(r.standardised()).isTrue();
    assertThat(r.units()).extracting(Variation.Unit::ratio).containsExactly(2.5, 1.0);
    assertThat(r.extremalQuotient()).isCloseTo(2.5, within(1e-12));
    // 30 lies above 12's 99.8% upper limit (the gamma quantile of shape 13 at 0.999, about 26.5)
    assertThat(Variation.upper(12, Variation.OUTER)).isLessThan(30);
    assertThat(r.units().get(0).flag()).isEqualTo(Variation.Flag.ABOVE_OUTER);
  }
}
