package io.footprint.align;

import java.util.Arrays;

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
  /**
   * For each footprint f: the footprints it borders (the first {@code contacts[f]} entries, in no
   * particular order) and, beside each, f's areas bordering it. A footprint borders a handful of
   * others, so a scan finds one.
   */
  private final int[][] bordered;
  private final Contact[][] contact;
  private final int[] contacts;

  /**
   * The areas of one footprint that border another: the ranks of those not set aside, per region; the
   * areas set aside; and how many in all.
   */
  private static final class Contact {
    final SortedInts[] byRegion;
    /** the regions whose list in {@link #byRegion} exists, in the order they were made (lists are never dropped). */
    int[] filed = new int[0];
    final SortedInts aside = new SortedInts();
    int areas;

    Contact(int regions) {
      byRegion = new SortedInts[regions];
    }
  }

  Borders(int[] fp, int[] start, int[] neighbour, int[] regionOfArea, int regions, int k, Realigner.AreaOrder order) {
    this.fp = fp;
    this.start = start;
    this.neighbour = neighbour;
    this.regionOfArea = regionOfArea;
    this.regions = regions;
    int n = fp.length;
    this.byRank = order.byRank;
    this.rank = order.rank;
    this.populationByRank = order.populationByRank;
    suspended = new boolean[n];
    bordered = new int[k][4];
    contact = new Contact[k][4];
    contacts = new int[k];
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

  /** f's contact with g, or null when f does not border g. */
  private Contact contact(int f, int g) {
    int[] gs = bordered[f];
    for (int i = contacts[f] - 1; i >= 0; i--) {
      if (gs[i] == g) {
        return contact[f][i];
      }
    }
    return null;
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

  /** How many footprints {@code f} borders; {@link #borderedAt} and {@link #areasAt} read them by position. */
  int contacts(int f) {
    return contacts[f];
  }

  /** The footprint at position {@code i} among those {@code f} borders (positions change as moves drop some). */
  int borderedAt(int f, int i) {
    return bordered[f][i];
  }

  /**
   * The ranks of f's areas that border the footprint at position {@code i} among those it borders, by
   * region (an entry is null or empty where there are none). The sets are live: moves change them.
   */
  SortedInts[] areasAt(int f, int i) {
    return contact[f][i].byRegion;
  }

  /**
   * The regions whose entry in {@link #areasAt} is not null (it may be empty), so that a reader of a reference
   * with many regions need not look at each: a footprint's areas bordering another lie in a region or two. The
   * array is the live one: not to be changed.
   */
  int[] regionsAt(int f, int i) {
    return contact[f][i].filed;
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
    int f = fp[a];
    Contact c = contact(f, g);
    if (c == null) {
      c = new Contact(regions);
      int i = contacts[f]++;
      if (i == bordered[f].length) {
        bordered[f] = Arrays.copyOf(bordered[f], 2 * i);
        contact[f] = Arrays.copyOf(contact[f], 2 * i);
      }
      bordered[f][i] = g;
      contact[f][i] = c;
    }
    boolean added;
    if (suspended[a]) {
      added = c.aside.add(a);
    } else {
      int r = regionOfArea[a];
      if (c.byRegion[r] == null) {
        c.byRegion[r] = new SortedInts();
        c.filed = Arrays.copyOf(c.filed, c.filed.length + 1);
        c.filed[c.filed.length - 1] = r;
      }
      added = c.byRegion[r].add(rank[a]);
    }
    c.areas += added ? 1 : 0;
  }

  /** Unfiles area {@code a} of footprint {@code f} as bordering {@code g}. */
  private void remove(int a, int f, int g) {
    Contact c = contact(f, g);
    if (c == null) {
      return;
    }
    SortedInts s = c.byRegion[regionOfArea[a]];
    boolean removed = suspended[a] ? c.aside.remove(a) : s != null && s.remove(rank[a]);
    if (removed && --c.areas == 0) {
      forget(f, g);
    }
  }

  /** Drops g from the footprints f borders. */
  private void forget(int f, int g) {
    int last = --contacts[f];
    for (int i = 0; i <= last; i++) {
      if (bordered[f][i] == g) {
        bordered[f][i] = bordered[f][last];
        contact[f][i] = contact[f][last];
        contact[f][last] = null;
        return;
      }
    }
  }
}
