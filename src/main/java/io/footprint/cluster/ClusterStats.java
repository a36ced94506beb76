package io.footprint.cluster;

/**
 * Per-cluster totals of a clustering of a {@link SpatialFlowNetwork}, from which localisation and
 * market share follow (Dartmouth Atlas of Health Care, "localization index"; Wennberg and Cooper,
 * The Dartmouth Atlas of Health Care 1996/1998).
 */
public final class ClusterStats {
  /** residents of the cluster's areas. */
  public final double[] population;
  /** all activity of the cluster's residents, wherever treated. */
  public final double[] residentActivity;
  /** all activity at the cluster's sites, wherever the patients live. */
  public final double[] siteActivity;
  /** activity of the cluster's residents at the cluster's sites. */
  public final double[] internalActivity;
  public final int[] areas;
  public final int[] sites;
  public final int[] providers;

  public ClusterStats(SpatialFlowNetwork net, Clustering clustering) {
    int k = clustering.nClusters;
    population = new double[k];
    residentActivity = new double[k];
    siteActivity = new double[k];
    internalActivity = new double[k];
    areas = new int[k];
    sites = new int[k];
    providers = new int[k];
    Network f = net.flows;
    for (int i = 0; i < f.nNodes; i++) {
      int c = clustering.cluster[i];
      boolean area = i < net.areaCount;
      double strength = 0;
      for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
        strength += f.edgeWeight[e];
        if (area && clustering.cluster[f.neighbour[e]] == c) {
          internalActivity[c] += f.edgeWeight[e];
        }
      }
      if (area) {
        areas[c]++;
        population[c] += net.population[i];
        residentActivity[c] += strength;
      } else {
        sites[c]++;
        siteActivity[c] += strength;
        if (net.provider[i]) {
          providers[c]++;
        }
      }
    }
  }

  public int clusterCount() {
    return population.length;
  }

  /** Localisation of cluster c, or NaN when its residents have no activity. */
  public double localisation(int c) {
    return residentActivity[c] > 0 ? internalActivity[c] / residentActivity[c] : Double.NaN;
  }

  /** Market share of cluster c, or NaN when its sites have no activity. */
  public double marketShare(int c) {
    return siteActivity[c] > 0 ? internalActivity[c] / siteActivity[c] : Double.NaN;
  }

  /** Share of all activity that stays inside its residents' own cluster. */
  public double overallLocalisation() {
    double in = 0;
    double all = 0;
    for (int c = 0; c < internalActivity.length; c++) {
      in += internalActivity[c];
      all += residentActivity[c];
    }
    return all > 0 ? in / all : Double.NaN;
  }
}
