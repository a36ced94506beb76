package io.footprint.align;

import java.util.Arrays;
import java.util.List;

/**
 * Areas known to hold a piece of their footprint to the rest (a piece that only they join to it, as
 * the round started), set aside from the candidates ({@link Borders#suspend}) while that must still
 * hold, so that a round does not search them again. It must hold while some of the piece and some of
 * the rest are still in the footprint, and every area the footprint took next to the piece borders
 * nothing else of it but the piece and the holder: such an area joins the piece (the piece grows by
 * it); any other could join the piece to the rest another way. A piece of more areas than it keeps
 * ({@link #PIECE_KEPT} unless told) is not kept: its holder is set aside only while the footprint
 * takes nothing and gives up fewer areas than either side has.
 */
final class Holders {
  /**
   * The most areas of a piece kept, so that what the footprint takes and gives is checked against it.
   * Keeping a piece costs about what the search that found it cost, so the bound is on the search
   * buffer, not on the work: a holder whose piece is not kept is searched again after any change to its
   * footprint, and at England's output-area scale pieces of thousands of areas are common.
   */
  static final int PIECE_KEPT = 1 << 16;
  private final int[] start;
  private final int[] neighbour;
  private final Borders borders;
  private final RoundStart round;
  /** The footprint each area holds a piece of, or -1; a version that changes whenever that changes. */
  private final int[] holderIn;
  private final int[] version;
  /**
   * Whether the area's piece is kept, and how many of its areas are still in the footprint. A kept
   * piece's areas are those whose {@link #index} lists it.
   */
  private final boolean[] kept;
  private final int[] remaining;
  /** For a piece not kept: the footprint's areas taken and given up when found, and the bound. */
  private final int[] takenThen;
  private final long[] lostThen;
  private final int[] bound;
  /** For each area, the (holder, version) pairs of the kept pieces that contain it; stale pairs are dropped. */
  private final int[][] index;
  private final int[] indexSize;
  /** The holders recorded in each footprint (some may since have been released). */
  private final int[][] ofFootprint;
  private final int[] ofFootprintSize;
  private final int pieceKept;
  /** The holders {@link #took} looks at for one taken area, each marked with the look's epoch. */
  private int[] touchedHolders = new int[8];
  private final int[] touchedIn;
  private int touchEpoch;

  Holders(int[] start, int[] neighbour, Borders borders, RoundStart round, int k, int pieceKept) {
    this.pieceKept = pieceKept;
    int n = start.length - 1;
    this.start = start;
    this.neighbour = neighbour;
    this.borders = borders;
    this.round = round;
    holderIn = new int[n];
    Arrays.fill(holderIn, -1);
    version = new int[n];
    kept = new boolean[n];
    touchedIn = new int[n];
    remaining = new int[n];
    takenThen = new int[n];
    lostThen = new long[n];
    bound = new int[n];
    index = new int[n][];
    indexSize = new int[n];
    ofFootprint = new int[k][];
    ofFootprintSize = new int[k];
  }

  /**
   * Records that area {@code a} of footprint {@code f} holds a piece of {@code count} areas to the
   * rest, the first {@code min(count, found.length)} of them in {@code found}, and sets it aside.
   */
  void record(int a, int f, int[] found, int count) {
    holderIn[a] = f;
    int v = ++version[a];
    if (count <= pieceKept) {
      kept[a] = true;
      remaining[a] = count;
      for (int i = 0; i < count; i++) {
        int y = found[i];
        index[y] = append(index[y], indexSize[y], a, v);
        indexSize[y] += 2;
      }
    } else {
      kept[a] = false;
      takenThen[a] = round.gainedSoFar(f);
      lostThen[a] = round.lostSoFar(f);
      bound[a] = Math.min(count, round.size(f) - 1 - count);
    }
    ofFootprint[f] = append(ofFootprint[f], ofFootprintSize[f], a, v);
    ofFootprintSize[f] += 2;
    borders.suspend(a);
  }

  /**
   * After a round's moves reached {@link RoundStart}: forgets the holders that moved, and releases
   * those that may no longer hold, marking their footprints to be searched again.
   */
  void afterRound(List<Realigner.Move> moves, boolean[] changed, boolean[] dirty) {
    for (Realigner.Move m : moves) {
      if (holderIn[m.area()] == m.from()) {
        holderIn[m.area()] = -1;
        version[m.area()]++;
      }
    }
    for (Realigner.Move m : moves) {
      int x = m.area();
      took(x, m.to(), dirty);
      leftPieces(x, m.from(), dirty);
    }
    for (int f = 0; f < changed.length; f++) {
      if (changed[f]) {
        recheck(f, dirty);
      }
    }
  }

  /** The areas of footprint {@code f} set aside as holders (a fresh array). */
  int[] of(int f) {
    int[] out = new int[ofFootprintSize[f] / 2];
    int n = 0;
    for (int i = 0; i < ofFootprintSize[f]; i += 2) {
      int h = ofFootprint[f][i];
      if (version[h] == ofFootprint[f][i + 1] && holderIn[h] == f) {
        out[n++] = h;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Footprint {@code g} took area {@code x} (every move of the round is in {@link RoundStart} already):
   * each kept piece of {@code g} that holds {@code x} or a neighbour of it grows by {@code x} when
   * {@code x} borders nothing else of {@code g} but the piece and its holder, and is released otherwise.
   */
  private void took(int x, int g, boolean[] dirty) {
    if (touchEpoch == Integer.MAX_VALUE) {
      Arrays.fill(touchedIn, 0);
      touchEpoch = 0;
    }
    int touched = ++touchEpoch;
    int found = piecesOf(x, g, touched, 0);
    for (int e = start[x]; e < start[x + 1]; e++) {
      found = piecesOf(neighbour[e], g, touched, found);
    }
    for (int i = 0; i < found; i++) {
      int h = touchedHolders[i];
      if (bordersOnly(x, h, g)) {
        if (!inPiece(x, h)) {
          index[x] = append(index[x], indexSize[x], h, version[h]);
          indexSize[x] += 2;
        }
        remaining[h]++;
      } else {
        release(h, g, dirty);
      }
    }
  }

  /**
   * Lists, from {@code found} on in {@link #touchedHolders}, the holders in footprint {@code g} of kept
   * pieces that hold area {@code y} and are not listed yet (dropping stale entries of {@code y}'s index);
   * returns the new count.
   */
  private int piecesOf(int y, int g, int touched, int found) {
    int[] entries = index[y];
    for (int i = 0, size = dropStale(y); i < size; i += 2) {
      int h = entries[i];
      if (holderIn[h] == g && touchedIn[h] != touched) {
        touchedIn[h] = touched;
        if (found == touchedHolders.length) {
          touchedHolders = Arrays.copyOf(touchedHolders, 2 * found);
        }
        touchedHolders[found++] = h;
      }
    }
    return found;
  }

  /** Drops the entries of area {@code y}'s index whose holder has changed since; returns how many ints are left. */
  private int dropStale(int y) {
    int[] entries = index[y];
    int live = 0;
    for (int i = 0; i < indexSize[y]; i += 2) {
      if (version[entries[i]] == entries[i + 1]) {
        entries[live++] = entries[i];
        entries[live++] = entries[i + 1];
      }
    }
    indexSize[y] = live;
    return live;
  }

  /** Whether every neighbour of {@code x} in footprint {@code g} is holder {@code h} or in its piece. */
  private boolean bordersOnly(int x, int h, int g) {
    for (int e = start[x]; e < start[x + 1]; e++) {
      int z = neighbour[e];
      if (z != h && round.part[z] == g && !inPiece(z, h)) {
        return false;
      }
    }
    return true;
  }

  /** Whether area {@code y} is listed in holder {@code h}'s kept piece (as it stands: in it now or not). */
  private boolean inPiece(int y, int h) {
    int[] entries = index[y];
    for (int i = 0; i < indexSize[y]; i += 2) {
      if (entries[i] == h && entries[i + 1] == version[h]) {
        return true;
      }
    }
    return false;
  }

  /** Area {@code y} left footprint {@code f}: each kept piece of {@code f} holding it counts one area fewer. */
  private void leftPieces(int y, int f, boolean[] dirty) {
    int[] entries = index[y];
    for (int i = 0, size = dropStale(y); i < size; i += 2) {
      int h = entries[i];
      if (holderIn[h] == f && --remaining[h] == 0) {
        release(h, f, dirty); // its entries are stale now, dropped when next read
      }
    }
  }

  /** Releases the holders of a footprint whose areas changed that may no longer hold: the checks by count. */
  private void recheck(int f, boolean[] dirty) {
    int[] entries = ofFootprint[f];
    int live = 0;
    for (int i = 0; i < ofFootprintSize[f]; i += 2) {
      int h = entries[i];
      int v = entries[i + 1];
      if (version[h] != v || holderIn[h] != f) {
        continue;
      }
      boolean holds = kept[h] ? round.size(f) - 1 - remaining[h] > 0
          : takenThen[h] == round.gainedSoFar(f) && round.lostSoFar(f) - lostThen[h] < bound[h];
      if (!holds) {
        release(h, f, dirty);
        continue;
      }
      entries[live++] = h;
      entries[live++] = v;
    }
    ofFootprintSize[f] = live;
  }

  private void release(int h, int f, boolean[] dirty) {
    holderIn[h] = -1;
    version[h]++;
    borders.resume(h);
    dirty[f] = true;
  }

  private static int[] append(int[] list, int size, int a, int b) {
    int[] out = list == null ? new int[4] : list;
    if (size + 2 > out.length) {
      out = Arrays.copyOf(out, 2 * out.length);
    }
    out[size] = a;
    out[size + 1] = b;
    return out;
  }
}
