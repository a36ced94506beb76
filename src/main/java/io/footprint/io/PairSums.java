package io.footprint.io;

import java.util.Arrays;

/**
 * Activity by (area, site) pair for one condition, as flow rows arrive. Rows are appended to plain
 * arrays; when a batch of {@link #BATCH} rows has built up, it is ordered by pair (a counting sort on
 * the area, then a sort of each area's few sites) and merged into the sums so far, which are kept in
 * that order, one per pair. Every step reads and writes memory in order, where a hash-map add per
 * row would touch a random slot of a table of megabytes. Memory is bounded by the number of
 * distinct pairs plus one batch, whatever the number of rows.
 *
 * <p>Keys are {@code area << 32 | site} with both non-negative. {@link #forEach} may give the same pair
 * more than once (the sums so far, then the rows of the batch not yet merged): whoever reads it sums
 * them.
 */
final class PairSums {
  /** Rows held as rows before they are merged into the sums: 16 MB. */
  static final int BATCH = 1 << 20;

  private final int batch;
  private long[] keys;
  private long[] micro;
  private int n;
  /** the sums so far: distinct keys in increasing order, and their sums. */
  private long[] mergedKeys = new long[0];
  private long[] mergedMicro = new long[0];

  PairSums() {
    this(BATCH);
  }

  /** @param batch rows held before they are merged into the sums */
  PairSums(int batch) {
    this.batch = batch;
    keys = new long[Math.min(1024, batch)];
    micro = new long[keys.length];
  }

  /**
   * Adds {@code v} to {@code key}'s activity.
   *
   * @throws ArithmeticException when a merged sum overflows
   */
  void add(long key, long v) {
    if (n == keys.length) {
      if (n >= batch) {
        merge();
      } else {
        keys = Arrays.copyOf(keys, Math.min(2 * n, batch));
        micro = Arrays.copyOf(micro, keys.length);
      }
    }
    keys[n] = key;
    micro[n++] = v;
  }

  /** Orders the batch by key and merges it into the sums so far. */
  private void merge() {
    int areas = 0;
    int[] area = new int[n];
    int[] site = new int[n];
    for (int i = 0; i < n; i++) {
      area[i] = (int) (keys[i] >>> 32);
      site[i] = (int) keys[i];
      areas = Math.max(areas, area[i] + 1);
    }
    ByPair batch = byPair(area, site, micro, n, areas);
    // both in key order: one pass, summing a key found in both
    long[] outKeys = new long[mergedKeys.length + batch.site().length];
    long[] outMicro = new long[outKeys.length];
    int w = 0;
    int old = 0;
    for (int a = 0; a < areas; a++) {
      for (int e = batch.rowStart()[a]; e < batch.rowStart()[a + 1]; e++) {
        long key = (long) a << 32 | batch.site()[e];
        while (old < mergedKeys.length && mergedKeys[old] < key) {
          outKeys[w] = mergedKeys[old];
          outMicro[w++] = mergedMicro[old++];
        }
        long v = batch.micro()[e];
        if (old < mergedKeys.length && mergedKeys[old] == key) {
          v = Math.addExact(v, mergedMicro[old++]);
        }
        outKeys[w] = key;
        outMicro[w++] = v;
      }
    }
    while (old < mergedKeys.length) {
      outKeys[w] = mergedKeys[old];
      outMicro[w++] = mergedMicro[old++];
    }
    mergedKeys = Arrays.copyOf(outKeys, w);
    mergedMicro = Arrays.copyOf(outMicro, w);
    n = 0;
  }

  /** Entries grouped by area and ordered by site within each, one per pair: area a's lie at rowStart[a..a+1). */
  record ByPair(int[] rowStart, int[] site, long[] micro) {}

  /**
   * Orders {@code n} entries by (area, site) with a counting sort on the area, then a sort of each area's
   * few sites, and sums the entries of one pair exactly.
   *
   * @param areas one more than the largest area number
   * @throws ArithmeticException when a sum overflows
   */
  static ByPair byPair(int[] area, int[] site, long[] micro, int n, int areas) {
    int[] start = new int[areas + 1];
    for (int i = 0; i < n; i++) {
      start[area[i] + 1]++;
    }
    for (int a = 0; a < areas; a++) {
      start[a + 1] += start[a];
    }
    // (site << 32 | entry) per entry, so that sorting each area's stretch orders it by site
    long[] bySite = new long[n];
    int[] fill = Arrays.copyOf(start, areas);
    for (int i = 0; i < n; i++) {
      bySite[fill[area[i]]++] = (long) site[i] << 32 | i;
    }
    int[] rowStart = new int[areas + 1];
    int[] outSite = new int[n];
    long[] outMicro = new long[n];
    int w = 0;
    for (int a = 0; a < areas; a++) {
      rowStart[a] = w;
      Arrays.sort(bySite, start[a], start[a + 1]);
      for (int e = start[a]; e < start[a + 1]; e++) {
        int s = (int) (bySite[e] >>> 32);
        long v = micro[(int) bySite[e]];
        if (w > rowStart[a] && outSite[w - 1] == s) {
          outMicro[w - 1] = Math.addExact(outMicro[w - 1], v);
        } else {
          outSite[w] = s;
          outMicro[w++] = v;
        }
      }
    }
    rowStart[areas] = w;
    return new ByPair(rowStart, w == n ? outSite : Arrays.copyOf(outSite, w),
        w == n ? outMicro : Arrays.copyOf(outMicro, w));
  }

  /** At most this many entries: the sums so far and the rows not yet merged. */
  int entryBound() {
    return mergedKeys.length + n;
  }

  /** What {@link #forEach} calls back with: a key and its activity, unboxed. */
  interface EntryAction {
    void accept(long key, long micro);
  }

  /** Calls back with every entry: the sums so far in key order, then the rows not yet merged. */
  void forEach(EntryAction action) {
    for (int i = 0; i < mergedKeys.length; i++) {
      action.accept(mergedKeys[i], mergedMicro[i]);
    }
    for (int i = 0; i < n; i++) {
      action.accept(keys[i], micro[i]);
    }
  }
}
