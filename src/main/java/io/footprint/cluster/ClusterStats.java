package io.footprint.cluster;

/**
 * Per-cluster totals of a clustering of a {@link SpatialFlowNetwork}, from which localisation and
 * market share follow (Dartmouth Atlas of Health Care, "localization index"; Wennberg and Cooper,
 * The Dartmouth Atlas of Health Care 1996/1998). Read-only: steps that merge clusters keep totals of
 * their own ({@link ConstraintMerger}).
 */
public final class ClusterStats {
  /** residents of each cluster's areas. */
  private final double[] population;
  /** all activity of each cluster's residents, wherever treated. */
  private final double[] residentActivity;
  /** all activity at each cluster's sites, wherever the patients live. */
  private final double[] siteActivity;
  /** activity of each cluster's residents at its own sites. */
  private final double[] internalActivity;
  private final int[] areas;
  private final int[] sites;
  private final int[] providers;

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
    final int[] cluster = clustering.cluster;
    final int[] first = f.firstNeighbourIndex;
    final int[] neighbour = f.neighbour;
    final double[] weight = f.edgeWeight;
    final int areaCount = net.areaCount;
    for (int i = 0; i < f.nNodes; i++) {
      int c = cluster[i];
      boolean area = i < areaCount;
      double strength = 0;
      double internal = internalActivity[c];
      for (int e = first[i], end = first[i + 1]; e < end; e++) {
        if (!area && neighbour[e] >= areaCount) {
          continue; // a relationship between two sites: no one's activity
        }
        strength += weight[e];
        if (area && cluster[neighbour[e]] == c) {
          internal += weight[e];
        }
      }
      internalActivity[c] = internal;
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

  private ClusterStats(double[] population, double[] residentActivity, double[] siteActivity,
      double[] internalActivity, int[] areas, int[] sites, int[] providers) {
    this.population = population;
    this.residentActivity = residentActivity;
    this.siteActivity = siteActivity;
    this.internalActivity = internalActivity;
    this.areas = areas;
    this.sites = sites;
    this.providers = providers;
  }

  /**
   * The totals of the clustering {@code after}, which puts some areas of {@code before} (these totals') in
   * other clusters of the same count, sites where they were: each moved area's residents and flows taken
   * out of its old cluster and put in its new one. The same numbers as gathered afresh when every sum is
   * exact ({@link SpatialFlowNetwork#exactSums}): the order of the additions then changes nothing.
   */
  public ClusterStats withAreasMoved(SpatialFlowNetwork net, Clustering before, Clustering after) {
    int k = population.length;
    if (before.nClusters != k || after.nClusters != k) {
      throw new IllegalArgumentException(after.nClusters + " clusters after, " + before.nClusters + " before, "
          + k + " totalled");
    }
    for (int i = net.areaCount; i < net.flows.nNodes; i++) {
      if (before.cluster[i] != after.cluster[i]) {
        throw new IllegalArgumentException("site node " + i + " moved: only areas may");
      }
    }
    double[] pop = population.clone();
    double[] resident = residentActivity.clone();
    double[] internal = internalActivity.clone();
    int[] count = areas.clone();
    Network f = net.flows;
    for (int i = 0; i < net.areaCount; i++) {
      int from = before.cluster[i];
      int to = after.cluster[i];
      if (from == to) {
        continue;
      }
      double strength = 0;
      double toFrom = 0;
      double toTo = 0;
      for (int e = f.firstNeighbourIndex[i]; e < f.firstNeighbourIndex[i + 1]; e++) {
        int d = after.cluster[f.neighbour[e]]; // a site's: areas' flows are with sites alone
        strength += f.edgeWeight[e];
        toFrom += d == from ? f.edgeWeight[e] : 0;
        toTo += d == to ? f.edgeWeight[e] : 0;
      }
      pop[from] -= net.population[i];
      pop[to] += net.population[i];
      resident[from] -= strength;
      resident[to] += strength;
      internal[from] -= toFrom;
      internal[to] += toTo;
      count[from]--;
      count[to]++;
    }
    return new ClusterStats(pop, resident, siteActivity, internal, count, sites, providers);
  }

  public int clusterCount() {
    return population.length;
  }

  public double population(int c) {
    return population[c];
  }

  public double residentActivity(int c) {
    return residentActivity[c];
  }

  public double siteActivity(int c) {
    return siteActivity[c];
  }

  public double internalActivity(int c) {
    return internalActivity[c];
  }

  public int areas(int c) {
    return areas[c];
  }

  public int sites(int c) {
    return sites[c];
  }

  public int providers(int c) {
    return providers[c];
  }

  /** A mutable copy of the totals, for steps that merge clusters. */
  Totals totals() {
    return new Totals(population.clone(), residentActivity.clone(), siteActivity.clone(), internalActivity.clone(),
        areas.clone(), providers.clone());
  }

  /** Totals a merging step updates as it merges (cluster {@code from} into {@code into}). */
  record Totals(double[] population, double[] residentActivity, double[] siteActivity, double[] internalActivity,
      int[] areas, int[] providers) {
    /** Adds {@code from}'s totals to {@code into}'s; {@code between} is the activity the two exchange. */
    void merge(int from, int into, double between) {
      population[into] += population[from];
      residentActivity[into] += residentActivity[from];
      siteActivity[into] += siteActivity[from];
      internalActivity[into] += internalActivity[from] + between;
      areas[into] += areas[from];
      providers[into] += providers[from];
    }
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
