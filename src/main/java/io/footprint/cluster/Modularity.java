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
    if (m == 0) {
      return 0;
    }
    double[] inside = new double[nClusters];
    double[] strength = new double[nClusters];
    for (int i = 0; i < net.nNodes; i++) {
      int c = cluster[i];
      inside[c] += net.selfLinkWeight[i];
      strength[c] += 2 * net.selfLinkWeight[i];
      for (int k = net.firstNeighbourIndex[i]; k < net.firstNeighbourIndex[i + 1]; k++) {
        strength[c] += net.edgeWeight[k];
        if (cluster[net.neighbour[k]] == c) {
          inside[c] += net.edgeWeight[k] / 2;
        }
      }
    }
    double q = 0;
    for (int c = 0; c < nClusters; c++) {
      double k = strength[c] / (2 * m);
      q += inside[c] / m - gamma * k * k;
    }
    return q;
  }
}
