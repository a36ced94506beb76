package io.footprint.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, for the steps {@code --timings} sums over conditions: several
 * conditions run at once, so the wall-clock time of a step would count the time its thread waited for
 * a core as work. Where the Java virtual machine cannot measure a thread's CPU time, the clock falls
 * back to wall-clock time and {@link #measuresCpu} says so, so that the labels stay true.
 */
final class ThreadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && enabled();

  private ThreadCpu() {}

  private static boolean enabled() {
    try {
      if (!THREADS.isThreadCpuTimeEnabled()) {
        THREADS.setThreadCpuTimeEnabled(true);
      }
      return true;
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Whether {@link #nanos} is the thread's CPU time (else wall-clock time). */
  static boolean measuresCpu() {
    return CPU;
  }

  /** The calling thread's CPU time in nanoseconds, from an arbitrary origin. */
  static long nanos() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
