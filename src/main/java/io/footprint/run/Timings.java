package io.footprint.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time of each stage of a run, as {@code --timings} prints it: the stages one after another in
 * wall-clock time, which add up to the run, and within the stage that proposes every condition (on
 * several threads) the CPU time of each step summed over the conditions, which need not; set beside
 * the CPU time of the whole process, those steps say what share of the work each is.
 */
public final class Timings implements Progress {
  /**
   * One condition's steps, in milliseconds of CPU time of the thread that ran them: its graph, its
   * clustering, the scores of its proposal, the proposal's alignment with every reference, its
   * dissolved outlines, and its realignment with every reference (the moves, and the realigned
   * footprints scored and aligned); {@code bootstrap} is the wall-clock time that thread waited for its
   * resamples, which run on every thread.
   */
  public record ConditionSteps(long graph, long cluster, long score, long align, long dissolve, long realign,
      long bootstrap) {}

  /** A line of the table: a stage's wall-clock time, or a step's CPU time summed over conditions. */
  public record Entry(String name, long millis, boolean cpu) {}

  private final Map<String, Long> wall = new LinkedHashMap<>();
  private final long[] cpu = new long[7];
  private final Progress also;

  /** @param also told everything this records (a progress bar), or {@link Progress#NONE} */
  public Timings(Progress also) {
    this.also = also;
  }

  @Override
  public void started(int stages) {
    also.started(stages);
  }

  @Override
  public void conditions(int count) {
    also.conditions(count);
  }

  /** A stage that ended before the progress began (starting Java, reading the command line): kept, not told. */
  public synchronized void before(String stage, long millis) {
    wall.merge(stage, millis, Long::sum);
  }

  @Override
  public synchronized void stage(String stage, long millis) {
    wall.merge(stage, millis, Long::sum);
    also.stage(stage, millis);
  }

  @Override
  public synchronized void conditionDone(String condition, ConditionSteps s) {
    cpu[0] += s.graph();
    cpu[1] += s.cluster();
    cpu[2] += s.score();
    cpu[3] += s.align();
    cpu[4] += s.dissolve();
    cpu[5] += s.realign();
    cpu[6] += s.bootstrap();
    also.conditionDone(condition, s);
  }

  @Override
  public synchronized void startsElsewhere(long cpuMillis) {
    cpu[1] += cpuMillis;
    also.startsElsewhere(cpuMillis);
  }

  /** Wall-clock stages in the order they ran, each followed by the CPU steps it holds. */
  public synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    String clock = ThreadCpu.measuresCpu() ? "(cpu" : "(thread wall";
    String[] steps = {"build graphs " + clock, "cluster " + clock, "score " + clock, "align " + clock,
        "dissolve " + clock, "realign " + clock, "bootstrap (wall"};
    wall.forEach((stage, ms) -> {
      out.add(new Entry(stage, ms, false));
      if (stage.equals(Footprints.PROPOSE_STAGE)) {
        for (int k = 0; k < steps.length; k++) {
          if (k < 6 || cpu[k] > 0) {
            out.add(new Entry(steps[k] + ", all conditions)", cpu[k], true));
          }
        }
      }
    });
    return out;
  }

  /** The wall-clock time of the whole run: the sum of its stages. */
  public synchronized long totalMillis() {
    return wall.values().stream().mapToLong(Long::longValue).sum();
  }
}
