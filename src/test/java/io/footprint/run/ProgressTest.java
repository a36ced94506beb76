package io.footprint.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run tells its progress, in order: the stage count before anything, then the conditions, then each end. */
class ProgressTest {
  @Test
  void theStageCountComesFirstAndEveryStageAndConditionEndsOnce() throws Exception {
    List<String> told = new ArrayList<>();
    Progress recorder = new Progress() {
      @Override
      public synchronized void started(int stages) {
        told.add("started " + stages);
      }

      @Override
      public synchronized void conditions(int count) {
        told.add("conditions " + count);
      }

      @Override
      public synchronized void stage(String stage, long millis) {
        told.add("stage " + stage);
      }

      @Override
      public synchronized void conditionDone(String condition, Timings.ConditionSteps cpuMillis) {
        told.add("condition");
      }
    };
    Request request = Request.builder().areas(Path.of("data/demo/areas.geojson")).sites(Path.of("data/demo/sites.csv"))
        .flows(Path.of("data/demo/flows.csv.gz")).condition("cancer").condition("trauma").reference("senates").build();
    Footprints.run(request, recorder);
    assertThat(told).containsExactly("started " + Footprints.STAGES, "conditions 2", "stage load inputs",
        "stage references", "stage area adjacency", "condition", "condition", "stage " + Footprints.PROPOSE_STAGE,
        "stage region outlines");
  }
}
