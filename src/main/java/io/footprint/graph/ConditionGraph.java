package io.footprint.graph;

import io.footprint.geo.AreaAdjacency;
import io.footprint.cluster.ClusterStats;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.Modularity;
import io.footprint.cluster.Network;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The flows of one condition as a graph: areas and the sites that received activity, joined by
 * edges weighted by activity, plus the area adjacency. Hands the algorithms a
 * {@link SpatialFlowNetwork} and turns their clusterings back into proposals and scores.
 */
public final class ConditionGraph {
  private final Scenario scenario;
  private final FlowMatrix flows;
  private final AreaAdjacency adjacency;
  /** scenario site index of node areaCount + k. */
  private final int[] activeSites;
  private final SpatialFlowNetwork network;

  public ConditionGraph(Scenario scenario, String condition, AreaAdjacency adjacency) {
    this.scenario = scenario;
    this.flows = scenario.flows(condition);
    this.adjacency = adjacency;
    int nA = scenario.areas().size();
    double[] siteTotals = flows.siteTotals();
    int[] siteNode = new int[siteTotals.length];
    int nActive = 0;
    for (int s = 0; s < siteTotals.length; s++) {
      siteNode[s] = siteTotals[s] > 0 ? nA + nActive++ : -1;
    }
    activeSites = new int[nActive];
    for (int s = 0; s < siteTotals.length; s++) {
      if (siteNode[s] >= 0) {
        activeSites[siteNode[s] - nA] = s;
      }
    }
    int m = flows.entryCount();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    for (int a = 0; a < nA; a++) {
      for (int e = flows.rowStart(a); e < flows.rowEnd(a); e++) {
        from[e] = a;
        to[e] = siteNode[flows.site(e)];
        w[e] = flows.activity(e);
      }
    }
    int n = nA + nActive;
    double[] population = new double[n];
    boolean[] provider = new boolean[n];
    for (int a = 0; a < nA; a++) {
      population[a] = scenario.areas().get(a).population();
    }
    for (int k = 0; k < nActive; k++) {
      provider[nA + k] = scenario.sites().get(activeSites[k]).provides(condition);
    }
    network = new SpatialFlowNetwork(Network.fromEdges(n, from, to, w), AreaGraphs.network(adjacency, n), nA, population,
        provider);
  }

  public String condition() {
    return flows.condition();
  }

  public SpatialFlowNetwork network() {
    return network;
  }

  public AreaAdjacency adjacency() {
    return adjacency;
  }

  /** Scenario index of the site at node {@code areaCount + k}. */
  public int siteOfNode(int node) {
    return activeSites[node - scenario.areas().size()];
  }

  /** The flow graph as a JGraphT graph, for library users and checks. */
  public Graph<FlowNode, DefaultWeightedEdge> asGraph() {
    Graph<FlowNode, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    List<Area> areas = scenario.areas();
    List<Site> sites = scenario.sites();
    for (Area a : areas) {
      g.addVertex(new FlowNode(FlowNode.Kind.AREA, a.code()));
    }
    for (int s : activeSites) {
      g.addVertex(new FlowNode(FlowNode.Kind.SITE, sites.get(s).code()));
    }
    for (int a = 0; a < areas.size(); a++) {
      for (int e = flows.rowStart(a); e < flows.rowEnd(a); e++) {
        DefaultWeightedEdge edge = g.addEdge(new FlowNode(FlowNode.Kind.AREA, areas.get(a).code()),
            new FlowNode(FlowNode.Kind.SITE, sites.get(flows.site(e)).code()));
        g.setEdgeWeight(edge, flows.activity(e));
      }
    }
    return g;
  }

  /** The proposal a clustering of {@link #network()} stands for, footprints numbered by first area. */
  public Proposal toProposal(Clustering clustering, String method, Map<String, Object> parameters) {
    int nA = scenario.areas().size();
    int[] order = new int[clustering.clusterCount()];
    Arrays.fill(order, -1);
    int next = 0;
    for (int i = 0; i < clustering.nodeCount(); i++) {
      int c = clustering.cluster(i);
      if (order[c] < 0) {
        order[c] = next++;
      }
    }
    int[] ofArea = new int[nA];
    for (int a = 0; a < nA; a++) {
      ofArea[a] = order[clustering.cluster(a)];
    }
    int[] ofSite = new int[scenario.sites().size()];
    Arrays.fill(ofSite, -1);
    for (int k = 0; k < activeSites.length; k++) {
      ofSite[activeSites[k]] = order[clustering.cluster(nA + k)];
    }
    return new Proposal(condition(), method, parameters, ofArea, ofSite, next);
  }

  /**
   * The clustering of {@link #network()} that an assignment of areas and sites to {@code parts} parts
   * stands for; sites in no part (-1) become clusters of their own, numbered after the parts.
   */
  public Clustering toClustering(int[] partOfArea, int[] partOfSite, int parts) {
    int nA = scenario.areas().size();
    int[] c = new int[network.nodeCount()];
    int max = parts - 1;
    for (int a = 0; a < nA; a++) {
      c[a] = partOfArea[a];
      max = Math.max(max, c[a]);
    }
    for (int k = 0; k < activeSites.length; k++) {
      int p = partOfSite[activeSites[k]];
      c[nA + k] = p >= 0 ? p : ++max;
    }
    return new Clustering(c, parts);
  }

  /**
   * Scores a partition: per part its population, activity, localisation, market share and
   * contiguity; overall localisation, mean market share, and modularity at resolution 1 and at
   * {@code resolution} (the one the partition was found at).
   *
   * @param labels display label of each part
   */
  public PartitionScore score(int[] partOfArea, int[] partOfSite, int parts, List<String> labels,
      double resolution) {
    Clustering c = toClustering(partOfArea, partOfSite, parts);
    ClusterStats stats = new ClusterStats(network, c);
    int nA = scenario.areas().size();
    int[][] areasOf = group(partOfArea, parts, null);
    int[][] sitesOf = group(partOfSite, parts, activeSites);
    List<Footprint> out = new ArrayList<>(parts);
    int contiguous = 0;
    double minPop = Double.POSITIVE_INFINITY;
    double minLoc = Double.POSITIVE_INFINITY;
    double msSum = 0;
    int msCount = 0;
    for (int p = 0; p < parts; p++) {
      boolean connected = adjacency.isConnected(areasOf[p]);
      Footprint f = new Footprint(p, labels.get(p), areasOf[p], sitesOf[p], stats.population[p],
          stats.residentActivity[p], stats.siteActivity[p], stats.internalActivity[p], stats.providers[p], connected);
      out.add(f);
      contiguous += connected ? 1 : 0;
      minPop = Math.min(minPop, f.population());
      if (!Double.isNaN(f.localisation())) {
        minLoc = Math.min(minLoc, f.localisation());
      }
      if (!Double.isNaN(f.marketShare())) {
        msSum += f.marketShare();
        msCount++;
      }
    }
    assert nA == partOfArea.length;
    double atOne = Modularity.of(network.flows(), c, 1.0);
    return new PartitionScore(out, stats.overallLocalisation(), msCount > 0 ? msSum / msCount : Double.NaN, atOne,
        resolution, resolution == 1.0 ? atOne : Modularity.of(network.flows(), c, resolution), contiguous,
        parts == 0 ? 0 : minPop, minLoc == Double.POSITIVE_INFINITY ? Double.NaN : minLoc);
  }

  /** Members of each part, sorted; only positions listed in {@code keep} (all when null) count. */
  private static int[][] group(int[] partOf, int parts, int[] keep) {
    int[] count = new int[parts];
    int[] positions = keep == null ? null : keep;
    int n = positions == null ? partOf.length : positions.length;
    for (int k = 0; k < n; k++) {
      int i = positions == null ? k : positions[k];
      if (partOf[i] >= 0) {
        count[partOf[i]]++;
      }
    }
    int[][] out = new int[parts][];
    for (int p = 0; p < parts; p++) {
      out[p] = new int[count[p]];
    }
    int[] fill = new int[parts];
    for (int k = 0; k < n; k++) {
      int i = positions == null ? k : positions[k];
      if (partOf[i] >= 0) {
        out[partOf[i]][fill[partOf[i]]++] = i;
      }
    }
    return out;
  }

  /** Scores a proposal at resolution gamma. */
  public PartitionScore score(Proposal p, double resolution) {
    List<String> labels = new ArrayList<>(p.footprintCount());
    for (int f = 0; f < p.footprintCount(); f++) {
      labels.add(Proposal.label(f));
    }
    return score(p.footprintOfArea(), p.footprintOfSite(), p.footprintCount(), labels, resolution);
  }
}
