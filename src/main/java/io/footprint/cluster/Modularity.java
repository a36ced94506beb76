package io.footprint.cluster;

/**
 * Newman-Girvan modularity of a clustering of a weighted network, with resolution parameter gamma
 * (Reichardt and Bornholdt's configuration null model; gamma = 1 is Newman's modularity):
 *
 * <pre>Q = sum over clusters c of [ w_in(c) / m  -  gamma * (K_c / 2m)^2 ]</pre>
 *
 * where {@code m} is the network's total weight, {@code w_in(c)} the weight of the edges inside c
 * (self-links included) and {@code K_c} the total strength of c's nodes. Newman, M. E. J. (2004),
 * "Analysis of weighted networks", Phys. Rev. E 70, 056131; Reichardt, J. and Bornholdt, S. (2006),
 * "Statistical mechanics of community detection", Phys. Rev. E 74, 016110.
 */
public final class Modularity {
  private Modularity() {}

  public static double of(Network net, Clustering clustering, double gamma) {
    return of(net, clustering.cluster, clustering.nClusters, gamma);
  }

  static double of(Network net, int[] cluster, int nClusters, double gamma) {
    double m = net.totalWeight();
    return m == 0 ? 0 : new Sums(net, cluster, nClusters, m).at(gamma);
  }

  /**
   * The per-cluster sums modularity is made of, {@code w_in(c)} and {@code K_c}, gathered in one pass over
   * the edges, so that modularity at several resolutions costs one pass, and a clustering a few nodes away
   * costs only those nodes' edges ({@link #withNodesMoved}).
   */
  public static final class Sums {
    private final double m;
    private final double[] inside;
    private final double[] strength;

    public Sums(Network net, Clustering clustering) {
      this(net, clustering.cluster, clustering.nClusters, net.totalWeight());
    }

    private Sums(Network net, int[] cluster, int nClusters, double m) {
      this.m = m;
      this.inside = new double[nClusters];
      this.strength = new double[nClusters];
      final int[] firstNeighbourIndex = net.firstNeighbourIndex;
      final int[] neighbour = net.neighbour;
      final double[] edgeWeight = net.edgeWeight;
      for (int i = 0; i < net.nNodes; i++) {
        int c = cluster[i];
        // the cluster's sums, added to in the same order as if each addition went to the arrays
        double in = inside[c] + net.selfLinkWeight[i];
        double str = strength[c] + 2 * net.selfLinkWeight[i];
        for (int k = firstNeighbourIndex[i], end = firstNeighbourIndex[i + 1]; k < end; k++) {
          str += edgeWeight[k];
          if (cluster[neighbour[k]] == c) {
            in += edgeWeight[k] / 2;
          }
        }
        inside[c] = in;
        strength[c] = str;
      }
    }

    private Sums(double m, double[] inside, double[] strength) {
      this.m = m;
      this.inside = inside;
      this.strength = strength;
    }

    /** Modularity at resolution {@code gamma}. */
    public double at(double gamma) {
      if (m == 0) {
        return 0;
      }
      double q = 0;
      for (int c = 0; c < inside.length; c++) {
        double k = strength[c] / (2 * m);
        q += inside[c] / m - gamma * k * k;
      }
      return q;
    }

    /**
     * The sums of the clustering {@code after}, which puts some nodes of {@code before} (these sums') in other
     * clusters of the same count: each moved node's edges taken out of its old cluster and put in its new
     * one, with its neighbours' clusters as the moves so far leave them. The same numbers as gathered afresh
     * when every sum is exact ({@link SpatialFlowNetwork#exactSums}: whole weights, as counts of activity are,
     * under 2^51 in all): the order of the additions then changes nothing.
     */
    public Sums withNodesMoved(Network net, Clustering before, Clustering after) {
      if (before.nClusters != inside.length || after.nClusters != inside.length) {
        throw new IllegalArgumentException(after.nClusters + " clusters after, " + before.nClusters + " before, "
            + inside.length + " summed");
      }
      double[] in = inside.clone();
      double[] str = strength.clone();
      int[] now = before.cluster.clone();
      for (int i = 0; i < net.nNodes; i++) {
        int from = now[i];
        int to = after.cluster[i];
        if (from == to) {
          continue;
        }
        double self = net.selfLinkWeight[i];
        double toFrom = 0;
        double toTo = 0;
        double all = 2 * self;
        for (int k = net.firstNeighbourIndex[i]; k < net.firstNeighbourIndex[i + 1]; k++) {
          double w = net.edgeWeight[k];
          all += w;
          if (net.neighbour[k] == i) {
            toFrom += w / 2; // a loop listed as an edge: one half-edge, inside whichever cluster holds the node
            toTo += w / 2;
          } else {
            int d = now[net.neighbour[k]];
            toFrom += d == from ? w : 0;
            toTo += d == to ? w : 0;
          }
        }
        in[from] -= self + toFrom;
        in[to] += self + toTo;
        str[from] -= all;
        str[to] += all;
        now[i] = to;
      }
      return new Sums(m, in, str);
    }
  }
}
