package io.footprint.cli;

import io.footprint.run.Progress;
import io.footprint.run.Timings;
import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over a run on a terminal (me.tongfei:progressbar); silent elsewhere. Its total is
 * fixed when the run starts, before the inputs say how many conditions there are: the bar counts
 * thousandths of the run, each stage worth its usual share of the wall time ({@link Plan}), the
 * proposing stage shared out among the conditions once they are known. Its time left never rises.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private final boolean wanted;
  private final Plan plan = new Plan();
  private final Eta eta = new Eta();
  private ProgressBar bar;

  /** @param wanted show a bar (it shows only when a terminal is attached) */
  TerminalProgress(boolean wanted) {
    this.wanted = wanted && System.console() != null;
  }

  @Override
  public synchronized void started(int stages) {
    if (wanted && bar == null) {
      bar = new ProgressBarBuilder().setTaskName("footprint").setInitialMax(Plan.WHOLE).setUnit("%", Plan.WHOLE / 100)
          .setUpdateIntervalMillis(250).continuousUpdate().setStyle(ProgressBarStyle.ASCII)
          .setEtaFunction(s -> eta.remaining(s.getCurrent(), s.getMax(), s.getElapsedAfterStart())).build();
    }
  }

  @Override
  public synchronized void conditions(int count) {
    plan.conditions(count);
  }

  @Override
  public synchronized void stage(String stage, long millis) {
    show(plan.stageDone(), stage);
  }

  @Override
  public synchronized void conditionDone(String condition, Timings.ConditionSteps cpuMillis) {
    show(plan.conditionDone(), condition);
  }

  private void show(long done, String message) {
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(message);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  /**
   * How far a command-line run is, in thousandths: the stages in the order {@code Footprints.run}
   * ends them, then the outputs the command line writes, each worth its usual share of the run's wall
   * time (the LSOA-scale benchmark's, rounded; see examples/benchmark), the proposing stage's share
   * split evenly among the conditions. Shares only steer the estimate: every figure is whole by the
   * last stage.
   */
  static final class Plan {
    static final long WHOLE = 1000;
    /** Load inputs, references, area adjacency, propose, region outlines, write outputs. */
    private static final long[] SHARE = {250, 10, 20, 550, 20, 150};
    private static final int PROPOSE = 3;
    private int stagesDone;
    private int conditions;
    private int conditionsDone;

    synchronized void conditions(int count) {
      conditions = count;
    }

    /** The next stage ended: how much of the run is done. */
    synchronized long stageDone() {
      stagesDone = Math.min(stagesDone + 1, SHARE.length);
      return done();
    }

    /** A condition's run ended: how much of the run is done. */
    synchronized long conditionDone() {
      conditionsDone = Math.min(conditionsDone + 1, Math.max(conditions, 1));
      return done();
    }

    synchronized long done() {
      long d = 0;
      for (int k = 0; k < stagesDone; k++) {
        d += SHARE[k];
      }
      if (stagesDone == PROPOSE && conditions > 0) {
        d += SHARE[PROPOSE] * conditionsDone / conditions;
      }
      return stagesDone == SHARE.length ? WHOLE : d;
    }
  }

  /**
   * Time left, from the share done and the time taken so far at the same pace, never more than it
   * said before: a later stage that runs slower than its share holds the estimate, it does not push
   * it back up.
   */
  static final class Eta {
    private long shownMillis = Long.MAX_VALUE;

    synchronized Optional<Duration> remaining(long done, long whole, Duration elapsed) {
      if (done <= 0) {
        return Optional.empty();
      }
      long estimate = done >= whole ? 0 : (long) (elapsed.toMillis() * (double) (whole - done) / done);
      shownMillis = Math.min(shownMillis, estimate);
      return Optional.of(Duration.ofMillis(shownMillis));
    }
  }
}
