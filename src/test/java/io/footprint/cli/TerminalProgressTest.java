package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bar's plan of a run (its total fixed from the start) and its time left (never rising). */
class TerminalProgressTest {
  @Test
  void theShareDoneRisesToTheWholeWhateverTheNumberOfConditions() {
    for (int conditions : new int[] {1, 3, 8}) {
      TerminalProgress.Plan plan = new TerminalProgress.Plan();
      List<Long> seen = new ArrayList<>();
      seen.add(plan.stageDone()); // load inputs: 25%
      plan.conditions(conditions);
      seen.add(plan.stageDone()); // references
      seen.add(plan.stageDone()); // area adjacency: 28%
      for (int c = 0; c < conditions; c++) {
        seen.add(plan.conditionDone());
      }
      seen.add(plan.stageDone()); // propose: 83%
      seen.add(plan.stageDone()); // region outlines
      seen.add(plan.stageDone()); // outputs written
      assertThat(seen).as("%d conditions", conditions).isSorted().startsWith(250L, 260L, 280L).endsWith(830L, 850L,
          TerminalProgress.Plan.WHOLE);
      assertThat(seen.get(2 + conditions)).isEqualTo(830L); // the last condition completes the proposing share
    }
  }

  @Test
  void timeLeftNeverRisesWhenAStageRunsSlowerThanItsShare() {
    TerminalProgress.Eta eta = new TerminalProgress.Eta();
    assertThat(eta.remaining(0, 1000, Duration.ofSeconds(3))).isEmpty();
    // 25% in 10 s: 30 s left; then 28% after 40 s would say 103 s left: held at 30
    assertThat(eta.remaining(250, 1000, Duration.ofSeconds(10))).contains(Duration.ofSeconds(30));
    assertThat(eta.remaining(280, 1000, Duration.ofSeconds(40))).contains(Duration.ofSeconds(30));
    // 90% after 45 s says 5 s left
    assertThat(eta.remaining(900, 1000, Duration.ofSeconds(45))).contains(Duration.ofSeconds(5));
    assertThat(eta.remaining(1000, 1000, Duration.ofSeconds(50))).contains(Duration.ZERO);
  }

  @Test
  void timeLeftNeverRisesOverRandomRuns() {
    // property: any rising progress at any pace
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      TerminalProgress.Eta eta = new TerminalProgress.Eta();
      long done = 0;
      long elapsed = 0;
      long last = Long.MAX_VALUE;
      while (done < 1000) {
        done = Math.min(1000, done + random.nextInt(120));
        elapsed += 1 + random.nextInt(20_000);
        long left = eta.remaining(done, 1000, Duration.ofMillis(elapsed)).map(Duration::toMillis).orElse(Long.MAX_VALUE);
        assertThat(left).as("seed %d", seed).isLessThanOrEqualTo(last);
        last = left;
      }
      assertThat(last).isZero();
    }
  }
}
