package io.footprint.run;

/**
 * What a run tells whoever watches it, as it goes: the command line draws a progress bar from it and
 * {@code --timings} prints the stages; a library user may ignore it ({@link #NONE}). Calls may come
 * from several threads.
 */
public interface Progress {
  Progress NONE = new Progress() { };

  /** The run's steps are known before any is done: its stages and conditions, {@code steps} in all. */
  default void started(int steps) {}

  /** A stage of the whole run ended, {@code millis} of wall-clock time after the previous one. */
  default void stage(String stage, long millis) {}

  /** One condition's proposal ended; {@code cpuMillis} per step of it, on whichever thread ran it. */
  default void conditionDone(String condition, Timings.ConditionSteps cpuMillis) {}
}
