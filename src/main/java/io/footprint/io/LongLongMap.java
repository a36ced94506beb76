package io.footprint.io;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative long keys to long sums, so that millions of flow
 * rows aggregate into one entry per (area, site) pair without boxing.
 */
final class LongLongMap {
  private static final long EMPTY = -1;
  private long[] keys;
  private long[] values;
  private int size;

  LongLongMap() {
    keys = new long[1024];
    values = new long[1024];
    Arrays.fill(keys, EMPTY);
  }

  /** Adds {@code v} to the value of {@code key}; throws ArithmeticException if the sum overflows. */
  void add(long key, long v) {
    int i = slot(key, keys);
    if (keys[i] == EMPTY) {
      keys[i] = key;
      values[i] = v;
      if (++size * 2 > keys.length) {
        grow();
      }
    } else {
      values[i] = Math.addExact(values[i], v);
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
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  private static int slot(long key, long[] table) {
    int mask = table.length - 1;
    int i = (int) (mix(key) & mask);
    while (table[i] != EMPTY && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j], keys);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
