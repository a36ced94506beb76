package io.footprint.align;

import java.util.Arrays;
import java.util.List;

/**
 * Areas known to hold a piece of their footprint to the rest (a piece that only they join to it, as
 * the round started), set aside from the candidates ({@link Borders#suspend}) while that must still
 * hold, so that a round does not search them again. It must hold while the footprint has taken no
 * area in or next to the piece (only such an area could join the piece to the rest another way) and
 * some of the piece and some of the rest are still in it. A piece of more areas than it keeps
 * ({@link #PIECE_KEPT} unless told) is not kept: its holder is set aside only while the footprint takes nothing and gives up
 * fewer areas than either side has.
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
  /** The kept piece's areas and how many are still in the footprint; null for a piece not kept. */
  private final int[][] piece;
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
    piece = new int[n][];
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
      int[] p = Arrays.copyOf(found, count);
      piece[a] = p;
      remaining[a] = count;
      for (int y : p) {
        index[y] = append(index[y], indexSize[y], a, v);
        indexSize[y] += 2;
      }
    } else {
      piece[a] = null;
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
      releaseIn(x, m.to(), true, dirty);
      for (int e = start[x]; e < start[x + 1]; e++) {
        releaseIn(neighbour[e], m.to(), true, dirty);
      }
      releaseIn(x, m.from(), false, dirty);
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
   * The kept pieces of footprint {@code f} that contain area {@code y}: released when {@code f} took
   * an area in or next to them ({@code took}), else counted down when {@code y} left {@code f}.
   */
  private void releaseIn(int y, int f, boolean took, boolean[] dirty) {
    int[] entries = index[y];
    int kept = 0;
    for (int i = 0; i < indexSize[y]; i += 2) {
      int h = entries[i];
      int v = entries[i + 1];
      if (version[h] != v) {
        continue;
      }
      if (holderIn[h] == f && (took || --remaining[h] == 0)) {
        release(h, f, dirty);
        continue;
      }
      entries[kept++] = h;
      entries[kept++] = v;
    }
    indexSize[y] = kept;
  }

  /** Releases the holders of a footprint whose areas changed that may no longer hold: the checks by count. */
  private void recheck(int f, boolean[] dirty) {
    int[] entries = ofFootprint[f];
    int kept = 0;
    for (int i = 0; i < ofFootprintSize[f]; i += 2) {
      int h = entries[i];
      int v = entries[i + 1];
      if (version[h] != v || holderIn[h] != f) {
        continue;
      }
      boolean holds = piece[h] != null ? round.size(f) - 1 - remaining[h] > 0
          : takenThen[h] == round.gainedSoFar(f) && round.lostSoFar(f) - lostThen[h] < bound[h];
      if (!holds) {
        release(h, f, dirty);
        continue;
      }
      entries[kept++] = h;
      entries[kept++] = v;
    }
    ofFootprintSize[f] = kept;
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
