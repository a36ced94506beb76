package io.footprint.io;

import java.util.Arrays;

/**
 * Codes numbered 0, 1, 2... in the order they are added, found by their characters where they lie in
 * a row being parsed, so that a million flow rows naming the same 34,000 areas need no string per row
 * (an open-addressing table; keys are compared as character arrays).
 */
final class CodeTable {
  /** id + 1 of the code in each slot, 0 when empty. */
  private int[] slots = new int[64];
  private char[][] keys = new char[32][];
  private int[] hashes = new int[32];
  private int size;

  int size() {
    return size;
  }

  /** The id of the code made of {@code c[offset..offset+length)}, or -1. */
  int find(char[] c, int offset, int length) {
    int h = hash(c, offset, length);
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (hashes[id] == h && Arrays.equals(keys[id], 0, keys[id].length, c, offset, offset + length)) {
        return id;
      }
    }
    return -1;
  }

  /** The id of {@code code}, or -1. */
  int find(String code) {
    char[] c = code.toCharArray();
    return find(c, 0, c.length);
  }

  /** Adds a code that is not in the table yet; returns its id. */
  int add(String code) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * size);
      hashes = Arrays.copyOf(hashes, 2 * size);
    }
    char[] c = code.toCharArray();
    keys[size] = c;
    hashes[size] = hash(c, 0, c.length);
    if (2 * (size + 1) > slots.length) {
      slots = new int[2 * slots.length];
      for (int id = 0; id < size; id++) {
        place(id);
      }
    }
    place(size);
    return size++;
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int i = spread(hashes[id]) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }

  private static int hash(char[] c, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + c[i];
    }
    return h;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 15);
  }
}
