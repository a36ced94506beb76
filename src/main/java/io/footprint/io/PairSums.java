package io.footprint.io;

/**
 * Activity by (area, site) pair for one condition, as flow rows arrive: rows are appended to plain
 * arrays, and only when a batch of {@link #BATCH} rows has built up is it folded into a
 * {@link LongLongMap} that holds one sum per pair. Appending writes memory in order; a hash-map add per
 * row touches a random slot of a table of megabytes, and cost about 0.4 s of the 1.45 s it took to
 * read a million flow rows (England-LSOA-scale synthetic data). Files up to a batch per condition (all
 * the flows England publishes at LSOA level) are never hashed; larger ones keep memory bounded by the
 * number of distinct pairs plus one batch.
 *
 * <p>{@link #forEach} may therefore give the same pair more than once: whoever reads it sums them.
 */
final class PairSums {
  /** Rows held as rows before they are folded into the map: 16 MB. */
  static final int BATCH = 1 << 20;

  private final int batch;
  private long[] keys;
  private long[] micro;
  private int n;
  private LongLongMap folded;

  PairSums() {
    this(BATCH);
  }

  /** @param batch rows held before they are folded into the map */
  PairSums(int batch) {
    this.batch = batch;
    keys = new long[Math.min(1024, batch)];
    micro = new long[keys.length];
  }

  /**
   * Adds {@code v} to {@code key}'s activity.
   *
   * @throws ArithmeticException when a folded sum overflows
   */
  void add(long key, long v) {
    if (n == keys.length) {
      if (n >= batch) {
        fold();
      } else {
        keys = java.util.Arrays.copyOf(keys, Math.min(2 * n, batch));
        micro = java.util.Arrays.copyOf(micro, keys.length);
      }
    }
    keys[n] = key;
    micro[n++] = v;
  }

  private void fold() {
    if (folded == null) {
      folded = new LongLongMap();
    }
    for (int i = 0; i < n; i++) {
      folded.add(keys[i], micro[i]);
    }
    n = 0;
  }

  /** Calls back with every entry, in no particular order: a pair may come more than once. */
  void forEach(LongLongMap.EntryAction action) {
    if (folded != null) {
      folded.forEach(action);
    }
    for (int i = 0; i < n; i++) {
      action.accept(keys[i], micro[i]);
    }
  }
}
