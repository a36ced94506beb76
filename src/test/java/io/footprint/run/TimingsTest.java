package io.footprint.run;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The table {@code --timings} prints, from steps told by hand: sums worked out on paper. */
class TimingsTest {
  @Test
  void stepsAreSummedOverConditionsAndTheStartsElsewhereCountAsClustering() {
    Timings t = new Timings(Progress.NONE);
    t.before("start", 100);
    t.stage("load inputs", 200);
    t.conditionDone("a", new Timings.ConditionSteps(1, 10, 2, 3, 4, 5, 0));
    t.conditionDone("b", new Timings.ConditionSteps(1, 20, 2, 3, 4, 5, 0));
    t.startsElsewhere(7);
    t.stage(Footprints.PROPOSE_STAGE, 300);
    List<String> lines = t.entries().stream().map(e -> e.name() + "=" + e.millis() + (e.cpu() ? " cpu" : ""))
        .toList();
    String clock = ThreadCpu.measuresCpu() ? "(cpu" : "(thread wall";
    assertThat(lines).containsExactly("start=100", "load inputs=200", Footprints.PROPOSE_STAGE + "=300",
        "build graphs " + clock + ", all conditions)=2 cpu", "cluster " + clock + ", all conditions)=37 cpu",
        "score " + clock + ", all conditions)=4 cpu", "align " + clock + ", all conditions)=6 cpu",
        "dissolve " + clock + ", all conditions)=8 cpu", "realign " + clock + ", all conditions)=10 cpu");
    assertThat(t.totalMillis()).isEqualTo(600);
  }

  @Test
  void theThreadClockCountsWorkNotWaiting() throws InterruptedException {
    long t0 = ThreadCpu.nanos();
    Thread.sleep(200);
    long slept = ThreadCpu.nanos() - t0;
    if (ThreadCpu.measuresCpu()) {
      // sleeping spends no CPU: far less than the 200 ms slept, whatever the machine's load
      assertThat(slept).isLessThan(100_000_000L);
    } else {
      assertThat(slept).isGreaterThanOrEqualTo(200_000_000L);
    }
  }
}
