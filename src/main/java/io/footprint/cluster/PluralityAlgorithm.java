package io.footprint.cluster;

import java.util.Arrays;

/**
 * Plurality footprints, as the Dartmouth Atlas built hospital service areas: every area joins the
 * site its residents use most, then the result is made contiguous and brought within the
 * constraints.
 *
 * <ol>
 *   <li>Plurality: each area joins the providing site that receives most of its residents' activity
 *       (ties to the lower site number). Areas with no activity wait for step 3.</li>
 *   <li>Contiguity: a site's catchment that falls into several pieces keeps the piece sending the
 *       site most activity; the other pieces' areas are released.</li>
 *   <li>Fill: released and waiting areas join, in waves, an adjacent footprint, the one whose sites
 *       they send most activity to (then the one they share most borders with). Joining a neighbour
 *       keeps footprints connected.</li>
 *   <li>Sites: a site stays with its own catchment; a site that is nobody's first choice joins the
 *       footprint of the area that sends it most.</li>
 *   <li>Constraints: {@link ConstraintMerger}.</li>
 * </ol>
 * Wennberg J.E., Cooper M.M. (eds.), The Dartmouth Atlas of Health Care (1996), appendix on the
 * geography of health care: hospital service areas.
 */
public final class PluralityAlgorithm {
  private final Constraints constraints;

  public PluralityAlgorithm(Constraints constraints) {
    this.constraints = constraints;
  }

  public Clustering cluster(SpatialFlowNetwork net) {
    int[] label = firstChoices(net);
    releaseDetachedPieces(net, label);
    fill(net, label);
    sites(net, label);
    return ConstraintMerger.apply(net, new Clustering(label), constraints);
  }

  /**
   * Step 1: each area's label is the site node its residents use most, providing sites first (ties to
   * the lower site); -1 for areas with no activity. Sites are left at -1.
   */
  private static int[] firstChoices(SpatialFlowNetwork net) {
    Network f = net.flows;
    int[] label = new int[f.nNodes];
    Arrays.fill(label, -1);
    for (int a = 0; a < net.areaCount; a++) {
      int best = -1;
      double bestW = 0;
      boolean bestProvides = false;
      for (int e = f.firstNeighbourIndex[a]; e < f.firstNeighbourIndex[a + 1]; e++) {
        int s = f.neighbour[e];
        boolean provides = net.provider[s];
        if (best < 0 || (provides && !bestProvides) || (provides == bestProvides && f.edgeWeight[e] > bestW)) {
          best = s;
          bestW = f.edgeWeight[e];
          bestProvides = provides;
        }
      }
      label[a] = best;
    }
    return label;
  }

  /**
   * Step 3: released and waiting areas join, in waves (each wave reading the labels the previous one
   * left), the adjacent footprint whose sites they send most activity to, then the one they share most
   * borders with; areas in a piece of the map with no labelled area form footprints of their own.
   */
  private static void fill(SpatialFlowNetwork net, int[] label) {
    int nA = net.areaCount;
    int n = net.flows.nNodes;
    int[] next = label.clone();
    double[] flowTo = new double[n];
    int[] borders = new int[n];
    int[] touched = new int[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < nA; a++) {
        if (label[a] < 0) {
          int best = bestNeighbour(net, label, a, flowTo, borders, touched);
          if (best >= 0) {
            next[a] = best;
            changed = true;
          }
        }
      }
      System.arraycopy(next, 0, label, 0, nA);
    }
    for (int a = 0; a < nA; a++) {
      if (label[a] < 0) {
        floodNewLabel(net.adjacency, label, a, n + a);
      }
    }
  }

  /** The adjacent footprint area {@code a} joins in a wave, or -1 when no neighbour has one yet. */
  private static int bestNeighbour(SpatialFlowNetwork net, int[] label, int a, double[] flowTo, int[] borders,
      int[] touched) {
    Network f = net.flows;
    Network adj = net.adjacency;
    int nT = 0;
    for (int e = adj.firstNeighbourIndex[a]; e < adj.firstNeighbourIndex[a + 1]; e++) {
      int d = label[adj.neighbour[e]];
      if (d >= 0 && borders[d]++ == 0) {
        touched[nT++] = d;
      }
    }
    if (nT == 0) {
      return -1;
    }
    // footprints are still labelled by their site, so the flow to footprint s is the flow to site s
    for (int e = f.firstNeighbourIndex[a]; e < f.firstNeighbourIndex[a + 1]; e++) {
      flowTo[f.neighbour[e]] += f.edgeWeight[e];
    }
    int best = -1;
    for (int t = 0; t < nT; t++) {
      int d = touched[t];
      if (best < 0 || flowTo[d] > flowTo[best] || (flowTo[d] == flowTo[best]
          && (borders[d] > borders[best] || (borders[d] == borders[best] && d < best)))) {
        best = d;
      }
    }
    for (int t = 0; t < nT; t++) {
      borders[touched[t]] = 0;
    }
    for (int e = f.firstNeighbourIndex[a]; e < f.firstNeighbourIndex[a + 1]; e++) {
      flowTo[f.neighbour[e]] = 0;
    }
    return best;
  }

  /** Step 4: a site stays with its own catchment; a site that is nobody's first choice joins the area sending it most. */
  private static void sites(SpatialFlowNetwork net, int[] label) {
    int nA = net.areaCount;
    boolean[] hasCatchment = new boolean[net.flows.nNodes + nA];
    for (int a = 0; a < nA; a++) {
      hasCatchment[label[a]] = true;
    }
    for (int s = nA; s < net.flows.nNodes; s++) {
      label[s] = hasCatchment[s] ? s : -1;
    }
    OrphanSites.join(net.flows, nA, label, s -> s);
  }

  /** Releases (sets to -1) the areas of every catchment piece but the one sending its site most activity. */
  static void releaseDetachedPieces(SpatialFlowNetwork net, int[] label) {
    Network f = net.flows;
    Network adj = net.adjacency;
    int nA = net.areaCount;
    int[] piece = new int[nA];
    Arrays.fill(piece, -1);
    double[] pieceFlow = new double[nA];
    int[] queue = new int[nA];
    int nPieces = 0;
    int[] pieceLabel = new int[nA];
    for (int a = 0; a < nA; a++) {
      if (label[a] < 0 || piece[a] >= 0) {
        continue;
      }
      int p = nPieces++;
      pieceLabel[p] = label[a];
      int head = 0;
      int tail = 0;
      queue[tail++] = a;
      piece[a] = p;
      while (head < tail) {
        int x = queue[head++];
        for (int e = f.firstNeighbourIndex[x]; e < f.firstNeighbourIndex[x + 1]; e++) {
          if (f.neighbour[e] == label[a]) {
            pieceFlow[p] += f.edgeWeight[e];
          }
        }
        for (int e = adj.firstNeighbourIndex[x]; e < adj.firstNeighbourIndex[x + 1]; e++) {
          int y = adj.neighbour[e];
          if (piece[y] < 0 && label[y] == label[a]) {
            piece[y] = p;
            queue[tail++] = y;
          }
        }
      }
    }
    int[] bestPiece = new int[net.flows.nNodes];
    Arrays.fill(bestPiece, -1);
    for (int p = 0; p < nPieces; p++) {
      int s = pieceLabel[p];
      if (bestPiece[s] < 0 || pieceFlow[p] > pieceFlow[bestPiece[s]]) {
        bestPiece[s] = p;
      }
    }
    for (int a = 0; a < nA; a++) {
      if (label[a] >= 0 && bestPiece[label[a]] != piece[a]) {
        label[a] = -1;
      }
    }
  }

  private static void floodNewLabel(Network adj, int[] label, int start, int newLabel) {
    int[] stack = new int[adj.nNodes];
    int top = 0;
    stack[top++] = start;
    label[start] = newLabel;
    while (top > 0) {
      int x = stack[--top];
      for (int e = adj.firstNeighbourIndex[x]; e < adj.firstNeighbourIndex[x + 1]; e++) {
        int y = adj.neighbour[e];
        if (label[y] < 0) {
          label[y] = newLabel;
          stack[top++] = y;
        }
      }
    }
  }
}
