package io.footprint.align;

import java.util.Arrays;

/**
 * A set of non-negative ints kept sorted in one array: what {@link Borders} files each footprint's
 * border areas in, by their position in realignment's order. Those sets hold one footprint's areas in
 * one region along one neighbour, tens to hundreds of areas, so inserting by shifting the array costs
 * less than a balanced tree's boxed nodes, and the queries ({@link #ceiling}, {@link #higher}) are
 * binary searches. Queries answer -1 for "none".
 */
final class SortedInts {
  private int[] values = new int[4];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code x}; returns whether it was not already in. */
  boolean add(int x) {
    int i = Arrays.binarySearch(values, 0, size, x);
    if (i >= 0) {
      return false;
    }
    i = -i - 1;
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
    }
    System.arraycopy(values, i, values, i + 1, size - i);
    values[i] = x;
    size++;
    return true;
  }

  /** Removes {@code x}; returns whether it was in. */
  boolean remove(int x) {
    int i = Arrays.binarySearch(values, 0, size, x);
    if (i < 0) {
      return false;
    }
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    return true;
  }

  /** The least value at least {@code x}, or -1. */
  int ceiling(int x) {
    int i = Arrays.binarySearch(values, 0, size, x);
    if (i >= 0) {
      return x;
    }
    i = -i - 1;
    return i < size ? values[i] : -1;
  }

  /** The least value above {@code x}, or -1. */
  int higher(int x) {
    return x == Integer.MAX_VALUE ? -1 : ceiling(x + 1);
  }

  /** The least value, or -1 when empty. */
  int first() {
    return size == 0 ? -1 : values[0];
  }
}
