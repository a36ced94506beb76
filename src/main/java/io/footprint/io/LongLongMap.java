package io.footprint.io;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative long keys to long sums, so that millions of flow
 * rows aggregate into one entry per (area, site) pair without boxing.
 */
final class LongLongMap {
  private static final long EMPTY = -1;
  /** key of slot i at 2i, its sum at 2i + 1: a lookup touches one cache line, not two. */
  private long[] table;
  private int size;

  LongLongMap() {
    table = new long[2 * 1024];
    Arrays.fill(table, EMPTY);
  }

  /** Adds {@code v} to the value of {@code key}; throws ArithmeticException if the sum overflows. */
  void add(long key, long v) {
    int i = slot(key, table);
    if (table[i] == EMPTY) {
      table[i] = key;
      table[i + 1] = v;
      if (++size * 4 > table.length) {
        grow();
      }
    } else {
      table[i + 1] = Math.addExact(table[i + 1], v);
    }
  }

  int size() {
    return size;
  }

  /** What {@link #forEach} calls back with: a key and its sum, unboxed. */
  interface EntryAction {
    void accept(long key, long value);
  }

  /** Calls back with every key and its value, in table order (which depends on the history of insertions). */
  void forEach(EntryAction action) {
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        action.accept(table[i], table[i + 1]);
      }
    }
  }

  /** The index of {@code key}'s slot in {@code table}, or of the empty slot where it would go. */
  private static int slot(long key, long[] table) {
    int mask = table.length / 2 - 1;
    int i = (int) (mix(key) & mask);
    while (table[2 * i] != EMPTY && table[2 * i] != key) {
      i = (i + 1) & mask;
    }
    return 2 * i;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    Arrays.fill(table, EMPTY);
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != EMPTY) {
        int i = slot(old[j], table);
        table[i] = old[j];
        table[i + 1] = old[j + 1];
      }
    }
  }
}
