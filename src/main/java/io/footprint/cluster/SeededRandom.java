package io.footprint.cluster;

/**
 * The draws Leiden makes, for one thread: exactly the sequence {@code new java.util.Random(seed)} gives
 * for {@link #nextInt(int)} and {@link #nextDouble()} (the 48-bit linear congruential generator of Knuth,
 * TAOCP vol. 2, 3.2.1, as {@code java.util.Random} specifies it), so clusterings stay what they were for each
 * seed. {@code java.util.Random} updates its state with an atomic compare-and-set on every draw, to be safe
 * across threads; a Leiden run draws once per node for each random order and once per refinement merge, on
 * one thread, so a plain field does.
 */
final class SeededRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long state;

  SeededRandom(long seed) {
    state = (seed ^ MULTIPLIER) & MASK;
  }

  private int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }

  /** Uniform on 0 .. bound - 1, as {@code Random.nextInt(bound)} draws it (rejecting the top's uneven part). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    int r = next(31);
    int m = bound - 1;
    if ((bound & m) == 0) {
      return (int) ((bound * (long) r) >> 31);
    }
    for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
      // u fell in the last, incomplete run of bound values: draw again
    }
    return r;
  }

  /** Uniform on [0, 1) in steps of 2^-53, as {@code Random.nextDouble()} draws it. */
  double nextDouble() {
    return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
  }
}
