package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bootstrap's matching and its figures, on a 2 x 2 grid and reruns written down. */
class BootstrapTest {
  private static ConditionGraph graph() {
    List<Area> areas = Fixtures.grid(2, 2, 1000);
    List<Site> sites = List.of(Fixtures.site("E", -1.87, 52.39), Fixtures.site("W", -1.89, 52.39));
    double[][] act = {{30, 10}, {10, 30}, {30, 10}, {10, 30}};
    Scenario s = Fixtures.scenario(areas, sites, "cancer", act);
    return new ConditionGraph(s, "cancer", AreaAdjacency.of(areas));
  }

  private static Proposal proposal(int... footprintOfArea) {
    int k = 0;
    for (int f : footprintOfArea) {
      k = Math.max(k, f + 1);
    }
    return new Proposal("cancer", "leiden", Map.of(), footprintOfArea, new int[] {0, k - 1}, k);
  }

  /**
   * Proposal {A, A, B, B}; every resample {X, X, X, Y}. A's best match is X, |A and X| = 2, |A or X| = 3:
   * 2/3. B meets X in 1 area of 4 (1/4) and Y in 1 of 2 (1/2): Y. Areas 0, 1 and 3 lie in their match,
   * area 2 does not.
   */
  @Test
  void stabilityIsTheBestJaccardAndConfidenceTheShareThatStays() {
    ConditionGraph g = graph();
    Bootstrap.Result r = Bootstrap.run(g, proposal(0, 0, 1, 1), resample -> proposal(0, 0, 0, 1), 5, 1,
        Runnable::run);
    assertThat(r.stability()[0]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.stability()[1]).isCloseTo(0.5, within(1e-12));
    assertThat(r.confidence()).containsExactly(1, 1, 0, 1);
    assertThat(r.counts()).containsOnly(2);
    assertThat(r.contestedAreas()).isEqualTo(1);
  }

  /** Half the resamples agree with the proposal and half split it as above: the means are halfway. */
  @Test
  void figuresAreMeansOverTheResamples() {
    AtomicInteger call = new AtomicInteger();
    Bootstrap.Result r = Bootstrap.run(graph(), proposal(0, 0, 1, 1),
        resample -> call.getAndIncrement() % 2 == 0 ? proposal(0, 0, 1, 1) : proposal(0, 0, 0, 1), 4, 1,
        Runnable::run);
    assertThat(r.stability()[0]).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    assertThat(r.stability()[1]).isCloseTo(0.75, within(1e-12));
    assertThat(r.confidence()).containsExactly(1, 1, 0.5, 1);
  }

  /** Resampled flows are Poisson counts around the observed ones: means close, never negative, seeded. */
  @Test
  void resamplesArePoissonDrawsFromTheSeed() {
    ConditionGraph g = graph();
    double[] sums = new double[2];
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Bootstrap.Result a = Bootstrap.run(g, proposal(0, 0, 1, 1), resample -> {
        synchronized (sums) {
          sums[0] += resample.network().flows().totalWeight();
          sums[1]++;
        }
        return proposal(0, 0, 1, 1);
      }, 400, 7, pool);
      Bootstrap.Result b = Bootstrap.run(g, proposal(0, 0, 1, 1), resample -> proposal(0, 0, 1, 1), 400, 7,
          Runnable::run);
      assertThat(a.localisation()).containsExactly(b.localisation());
    } finally {
      pool.shutdownNow();
    }
    // total activity 160, Poisson: the mean of 400 resamples lies within 4 standard errors (sqrt(160/400))
    assertThat(sums[0] / sums[1]).isCloseTo(160, within(4 * Math.sqrt(160.0 / 400)));
  }
}
