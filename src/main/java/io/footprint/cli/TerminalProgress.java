package io.footprint.cli;

import io.footprint.run.Progress;
import io.footprint.run.Timings;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar over a run's stages and conditions on a terminal (me.tongfei:progressbar); silent elsewhere. */
final class TerminalProgress implements Progress, AutoCloseable {
  private final boolean wanted;
  private ProgressBar bar;

  /** @param wanted show a bar (it shows only when a terminal is attached) */
  TerminalProgress(boolean wanted) {
    this.wanted = wanted && System.console() != null;
  }

  @Override
  public synchronized void started(int steps) {
    if (wanted && bar == null) {
      // and one step more: the outputs the command line writes once the run is done
      bar = new ProgressBarBuilder().setTaskName("footprint").setInitialMax(steps + 1L).setUpdateIntervalMillis(250)
          .continuousUpdate().setStyle(ProgressBarStyle.ASCII).build();
    }
  }

  @Override
  public synchronized void stage(String stage, long millis) {
    step(stage);
  }

  @Override
  public synchronized void conditionDone(String condition, Timings.ConditionSteps cpuMillis) {
    step(condition);
  }

  private void step(String message) {
    if (bar != null) {
      bar.step();
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
}
