package io.footprint.cluster;

import java.util.Arrays;

/**
 * The last step of a proposal: single areas and sites move between footprints while localisation rises, with
 * the number of footprints, contiguity and every constraint held. Leiden stops at a local optimum of
 * modularity for the moves it was allowed while clusters were still forming, and the merges that bring a
 * result to its target count or within its constraints ({@link TargetMerger}, {@link ConstraintMerger}) leave
 * borders where no node chose them; what a commissioner reads is localisation (the Dartmouth localisation
 * index, overall: activity of residents at their own footprint's sites over all activity), so the polish
 * climbs that. It is fast local moving (Traag, Waltman and van Eck 2019, algorithm A.2) on the finished
 * footprints, in node order instead of random order, never opening or emptying a footprint.
 *
 * <p>Overall localisation is modularity at resolution 0, so a move of node i from footprint P to Q changes it
 * by {@code (w(i,Q) - w(i,P)) / m} (w: flow between i and a footprint's other nodes, m: all flow): an area
 * moves to the footprint whose sites it uses more, a site to the footprint whose residents use it more. A
 * move is made only if that gain is above {@link #MIN_GAIN} and:
 * <ul>
 *   <li>P keeps an area (areas) or another node (sites), so the count is held;</li>
 *   <li>with contiguity, an area joins only a footprint it borders and leaves only one whose other areas stay
 *       connected ({@link ContiguityGuard#mayLeave});</li>
 *   <li>P keeps at least the larger of the minimum population and the start's smallest footprint, so the
 *       polish never makes the smallest footprint smaller (localisation alone would let large footprints
 *       grow at small ones' expense);</li>
 *   <li>P keeps a providing site when one is required;</li>
 *   <li>neither P nor Q ends below the minimum localisation unless it was below it before and does not fall;</li>
 *   <li>in nested proposals, the node stays in its region.</li>
 * </ul>
 * Every move raises localisation by more than {@link #MIN_GAIN}, so the polish ends. Deterministic: nodes are
 * visited in order, moved nodes' neighbours queued in edge order, ties go to the lower footprint.
 */
public final class Polisher {
  /**
   * Smallest gain in localisation a move must make: far below any gain that changes a figure, above the
   * rounding of the sums it is computed from, so moves never cycle on rounding.
   */
  static final double MIN_GAIN = 1e-12;

  /** The polished footprints, the moves made and the localisation they gained. */
  public record Result(Clustering clustering, int moves, double localisationGain) {}

  private final SpatialFlowNetwork net;
  private final Constraints constraints;
  private final ContiguityGuard guard;
  private final int[] regionOfNode;

  /**
   * @param contiguity keep every footprint's areas connected
   * @param regionOfNode region of every node, moves staying inside it; null for none
   */
  public Polisher(SpatialFlowNetwork net, Constraints constraints, boolean contiguity, int[] regionOfNode) {
    this.net = net;
    this.constraints = constraints;
    this.guard = contiguity ? ContiguityGuard.ofAdjacency(net.adjacency) : null;
    this.regionOfNode = regionOfNode;
  }

  public Result polish(Clustering start) {
    Clustering c = new Clustering(start.cluster).normalise();
    int[] cluster = c.cluster;
    int n = net.flows.nNodes;
    int nA = net.areaCount;
    int k = c.nClusters;
    Network f = net.flows;
    Network adj = net.adjacency;
    double m = f.totalWeight();
    if (m == 0 || k < 2) {
      return new Result(c, 0, 0);
    }
    double[] strength = f.strengths();
    double[] population = new double[k];
    double[] residentActivity = new double[k];
    double[] internal = new double[k];
    int[] areas = new int[k];
    int[] nodes = new int[k];
    int[] providers = new int[k];
    int[] region = new int[k];
    Arrays.fill(region, -1);
    for (int i = 0; i < n; i++) {
      int p = cluster[i];
      nodes[p]++;
      if (i < nA) {
        areas[p]++;
        population[p] += net.population[i];
        residentActivity[p] += strength[i];
        if (regionOfNode != null) {
          region[p] = regionOfNode[i];
        }
        for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
          if (cluster[f.neighbour[e]] == p) {
            internal[p] += f.edgeWeight[e];
          }
        }
      } else if (net.provider[i]) {
        providers[p]++;
      }
    }
    double floor = constraints.minPopulation();
    double smallest = Double.POSITIVE_INFINITY;
    for (int p = 0; p < k; p++) {
      if (areas[p] > 0) {
        smallest = Math.min(smallest, population[p]);
      }
    }
    floor = Math.max(floor, smallest == Double.POSITIVE_INFINITY ? 0 : smallest);
    double minLoc = constraints.minLocalisation();

    double[] weightTo = new double[k];
    int[] touched = new int[k];
    boolean[] bordered = new boolean[k];
    int[] queue = new int[n];
    boolean[] queued = new boolean[n];
    int head = 0;
    int size = n;
    for (int i = 0; i < n; i++) {
      queue[i] = i;
      queued[i] = true;
    }
    int moves = 0;
    double gained = 0;
    while (size > 0) {
      int i = queue[head];
      head = head + 1 == n ? 0 : head + 1;
      size--;
      queued[i] = false;
      int p = cluster[i];
      boolean area = i < nA;
      if (area ? areas[p] <= 1 : nodes[p] <= 1) {
        continue;
      }
      int nTouched = 0;
      double toOwn = 0;
      for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
        if (!area && f.neighbour[e] >= nA) {
          continue; // a relationship between sites is no one's activity, so no part of localisation
        }
        int q = cluster[f.neighbour[e]];
        if (q == p) {
          toOwn += f.edgeWeight[e];
        } else {
          if (weightTo[q] == 0 && !bordered[q]) {
            touched[nTouched++] = q;
          }
          weightTo[q] += f.edgeWeight[e];
        }
      }
      if (area) {
        for (int e = adj.firstNeighbourIndex[i]; e < adj.firstNeighbourIndex[i + 1]; e++) {
          int q = cluster[adj.neighbour[e]];
          if (q != p) {
            if (weightTo[q] == 0 && !bordered[q]) {
              touched[nTouched++] = q;
            }
            bordered[q] = true;
          }
        }
      }
      int best = -1;
      double bestGain = MIN_GAIN;
      boolean leaveChecked = false;
      boolean mayLeave = false;
      if (nTouched > 0 && mayGive(i, p, area, strength[i], toOwn, population, residentActivity, internal,
          providers, floor, minLoc)) {
        Arrays.sort(touched, 0, nTouched);
        for (int t = 0; t < nTouched; t++) {
          int q = touched[t];
          if (guard != null && area && areas[q] > 0 && !bordered[q]) {
            continue;
          }
          if (regionOfNode != null && region[q] >= 0 && region[q] != regionOfNode[i]) {
            continue;
          }
          double gain = (weightTo[q] - toOwn) / m;
          if (gain > bestGain && mayTake(i, q, area, strength[i], weightTo[q], residentActivity, internal, minLoc)) {
            if (!leaveChecked) {
              mayLeave = guard == null || !area || guard.mayLeave(i, cluster);
              leaveChecked = true;
            }
            if (!mayLeave) {
              break;
            }
            best = q;
            bestGain = gain;
          }
        }
      }
      for (int t = 0; t < nTouched; t++) {
        weightTo[touched[t]] = 0;
        bordered[touched[t]] = false;
      }
      if (best < 0) {
        continue;
      }
      move(i, p, best, area, strength[i], cluster, population, residentActivity, internal, areas, nodes, providers,
          region);
      moves++;
      gained += bestGain;
      for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
        size = enqueue(f.neighbour[e], queue, queued, head, size, n);
      }
      if (area) {
        for (int e = adj.firstNeighbourIndex[i]; e < adj.firstNeighbourIndex[i + 1]; e++) {
          size = enqueue(adj.neighbour[e], queue, queued, head, size, n);
        }
      }
    }
    return new Result(new Clustering(cluster).normalise(), moves, gained);
  }

  private static int enqueue(int j, int[] queue, boolean[] queued, int head, int size, int n) {
    if (!queued[j]) {
      queued[j] = true;
      queue[(head + size) % n] = j;
      return size + 1;
    }
    return size;
  }

  /** Whether footprint p may lose node i (apart from contiguity, checked last because it costs most). */
  private boolean mayGive(int i, int p, boolean area, double k, double toOwn, double[] population,
      double[] residentActivity, double[] internal, int[] providers, double floor, double minLoc) {
    if (area) {
      if (population[p] - net.population[i] < floor && net.population[i] > 0) {
        return false;
      }
      return minLoc <= 0 || keepsLocalisation(internal[p], residentActivity[p], internal[p] - toOwn,
          residentActivity[p] - k, minLoc);
    }
    if (constraints.requireProvider() && net.provider[i] && providers[p] <= 1) {
      return false;
    }
    // a site leaving p takes p's residents' activity at it out of p's internal activity
    return minLoc <= 0 || keepsLocalisation(internal[p], residentActivity[p], internal[p] - toOwn,
        residentActivity[p], minLoc);
  }

  /** Whether footprint q may take node i, which exchanges {@code toQ} with q, as far as localisation goes. */
  private static boolean mayTake(int i, int q, boolean area, double k, double toQ, double[] residentActivity,
      double[] internal, double minLoc) {
    if (minLoc <= 0) {
      return true;
    }
    return area ? keepsLocalisation(internal[q], residentActivity[q], internal[q] + toQ, residentActivity[q] + k,
        minLoc) : true; // a site joining q only adds to q's internal activity
  }

  /** Localisation after is at least the minimum, or at least what it was before. */
  private static boolean keepsLocalisation(double inBefore, double resBefore, double inAfter, double resAfter,
      double minLoc) {
    if (resAfter <= 0) {
      return true;
    }
    double after = inAfter / resAfter;
    return after >= minLoc || (resBefore > 0 && after >= inBefore / resBefore);
  }

  private void move(int i, int p, int q, boolean area, double k, int[] cluster, double[] population, double[] residentActivity, double[] internal, int[] areas, int[] nodes,
      int[] providers, int[] region) {
    Network f = net.flows;
    for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
      if (!area && f.neighbour[e] >= net.areaCount) {
        continue;
      }
      int d = cluster[f.neighbour[e]];
      if (d == p) {
        internal[p] -= f.edgeWeight[e];
      } else if (d == q) {
        internal[q] += f.edgeWeight[e];
      }
    }
    cluster[i] = q;
    nodes[p]--;
    nodes[q]++;
    if (area) {
      areas[p]--;
      areas[q]++;
      population[p] -= net.population[i];
      population[q] += net.population[i];
      residentActivity[p] -= k;
      residentActivity[q] += k;
      if (regionOfNode != null) {
        region[q] = regionOfNode[i];
      }
    } else if (net.provider[i]) {
      providers[p]--;
      providers[q]++;
    }
  }
}
