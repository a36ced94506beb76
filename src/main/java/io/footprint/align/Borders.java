package io.footprint.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which areas of each footprint border which other footprint, by the areas' region, as the moves
 * leave them: for footprints f and g and region r, the areas of f in r with a neighbour in g, in
 * realignment's order (most populous first, lower area number on ties). An area can move only to a
 * footprint it borders, so a footprint's candidates are read from here instead of from all its
 * areas, and a move updates only its area and that area's neighbours. An area can be set aside
 * ({@link #suspend}) while it is known that it cannot move: it is then in no list until resumed.
 */
final class Borders {
  private final int[] start;
  private final int[] neighbour;
  private final int[] regionOfArea;
  private final int regions;
  /** The footprint of each area as it stands (shared with the rounds, which change it through {@link #move}). */
  private final int[] fp;
  private final int[] rank;
  private final int[] byRank;
  private final double[] populationByRank;
  private final boolean[] suspended;
  /** For each footprint f: for each footprint g it borders, f's areas bordering g. */
  private final List<Map<Integer, Contact>> sets;

  /**
   * The areas of one footprint that border another: the ranks of those not set aside, per region; the
   * areas set aside; and how many in all.
   */
  private static final class Contact {
    final TreeSet<Integer>[] byRegion;
    final HashSet<Integer> aside = new HashSet<>();
    int areas;

    @SuppressWarnings("unchecked")
    Contact(int regions) {
      byRegion = new TreeSet[regions];
    }
  }

  Borders(int[] fp, int[] start, int[] neighbour, int[] regionOfArea, int regions, int k, double[] population) {
    this.fp = fp;
    this.start = start;
    this.neighbour = neighbour;
    this.regionOfArea = regionOfArea;
    this.regions = regions;
    int n = fp.length;
    Integer[] order = new Integer[n];
    for (int a = 0; a < n; a++) {
      order[a] = a;
    }
    Arrays.sort(order, (x, y) -> population[x] != population[y] ? Double.compare(population[y], population[x])
        : Integer.compare(x, y));
    rank = new int[n];
    byRank = new int[n];
    populationByRank = new double[n];
    for (int r = 0; r < n; r++) {
      byRank[r] = order[r];
      rank[order[r]] = r;
      populationByRank[r] = population[order[r]];
    }
    suspended = new boolean[n];
    sets = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      sets.add(new HashMap<>());
    }
    for (int a = 0; a < n; a++) {
      for (int e = start[a]; e < start[a + 1]; e++) {
        if (fp[neighbour[e]] != fp[a]) {
          add(a, fp[neighbour[e]]);
        }
      }
    }
  }

  /** Position of the area in realignment's order. */
  int rank(int a) {
    return rank[a];
  }

  /** The footprints {@code f} borders. */
  Iterable<Integer> bordering(int f) {
    return sets.get(f).keySet();
  }

  /** The first position in realignment's order whose area has at most {@code residents} residents. */
  int firstWithAtMost(double residents) {
    int lo = 0;
    int hi = byRank.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (populationByRank[mid] <= residents) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The ranks of f's areas in region {@code r} that border g; null when there are none. */
  TreeSet<Integer> areas(int f, int g, int r) {
    Contact c = sets.get(f).get(g);
    return c == null ? null : c.byRegion[r];
  }

  int areaAt(int rank) {
    return byRank[rank];
  }

  /** Takes area {@code a} out of the lists read for candidates until {@link #resume}d (it still borders what it borders). */
  void suspend(int a) {
    if (!suspended[a]) {
      unfile(a);
      suspended[a] = true;
      file(a);
    }
  }

  /** Files area {@code a} again among the candidates. */
  void resume(int a) {
    if (suspended[a]) {
      unfile(a);
      suspended[a] = false;
      file(a);
    }
  }

  boolean suspended(int a) {
    return suspended[a];
  }

  /**
   * Moves area {@code a} to footprint {@code to} in {@code fp}, refiling it and its neighbours; an
   * area set aside in its old footprint is filed in its new one.
   */
  void move(int a, int to) {
    int from = fp[a];
    unfile(a);
    suspended[a] = false;
    fp[a] = to;
    for (int e = start[a]; e < start[a + 1]; e++) {
      int b = neighbour[e];
      int g = fp[b];
      if (g != to) {
        add(a, g);
      }
      if (g != from && !borders(b, from)) {
        remove(b, g, from);
      }
      if (g != to) {
        add(b, to);
      }
    }
  }

  private void file(int a) {
    for (int e = start[a]; e < start[a + 1]; e++) {
      if (fp[neighbour[e]] != fp[a]) {
        add(a, fp[neighbour[e]]);
      }
    }
  }

  private void unfile(int a) {
    for (int e = start[a]; e < start[a + 1]; e++) {
      int g = fp[neighbour[e]];
      if (g != fp[a]) {
        remove(a, fp[a], g);
      }
    }
  }

  /** Whether area {@code b} has a neighbour in footprint {@code g}. */
  private boolean borders(int b, int g) {
    for (int e = start[b]; e < start[b + 1]; e++) {
      if (fp[neighbour[e]] == g) {
        return true;
      }
    }
    return false;
  }

  /** Files area {@code a} (of footprint {@code fp[a]}) as bordering {@code g}. */
  private void add(int a, int g) {
    Contact c = sets.get(fp[a]).computeIfAbsent(g, x -> new Contact(regions));
    boolean added;
    if (suspended[a]) {
      added = c.aside.add(a);
    } else {
      int r = regionOfArea[a];
      if (c.byRegion[r] == null) {
        c.byRegion[r] = new TreeSet<>();
      }
      added = c.byRegion[r].add(rank[a]);
    }
    c.areas += added ? 1 : 0;
  }

  /** Unfiles area {@code a} of footprint {@code f} as bordering {@code g}. */
  private void remove(int a, int f, int g) {
    Contact c = sets.get(f).get(g);
    if (c == null) {
      return;
    }
    TreeSet<Integer> s = c.byRegion[regionOfArea[a]];
    boolean removed = suspended[a] ? c.aside.remove(a) : s != null && s.remove(rank[a]);
    if (removed && --c.areas == 0) {
      sets.get(f).remove(g);
    }
  }
}
