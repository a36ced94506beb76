package io.footprint.run;

/**
 * What a run tells whoever watches it, as it goes: the command line draws a progress bar from it and
 * {@code --timings} prints the stages; a library user may ignore it ({@link #NONE}). Calls may come
 * from several threads.
 */
public interface Progress {
  Progress NONE = new Progress() { };

  /** The run began: {@code stages} stages will end, one after another, before it returns. */
  default void started(int stages) {}

  /** The inputs are read: the stage that proposes will end {@code count} conditions' runs first. */
  default void conditions(int count) {}

  /** A stage of the whole run ended, {@code millis} of wall-clock time after the previous one. */
  default void stage(String stage, long millis) {}

  /** One condition's proposal ended; {@code cpuMillis} per step of it, on whichever thread ran it. */
  default void conditionDone(String condition, Timings.ConditionSteps cpuMillis) {}

  /**
   * Every condition ended; Leiden's later random starts ran on threads of their own (more threads than
   * conditions) for {@code cpuMillis} of CPU time, part of clustering that no condition's steps counted.
   */
  default void startsElsewhere(long cpuMillis) {}
}
