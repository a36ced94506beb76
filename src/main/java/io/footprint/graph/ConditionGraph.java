package io.footprint.graph;

import io.footprint.geo.AreaAdjacency;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.Network;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Proposal;
import io.footprint.model.Relationship;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
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
  /** The relationships between this condition's sites that are edges of the graph. */
  private final List<Relationship> relationships;

  public ConditionGraph(Scenario scenario, String condition, AreaAdjacency adjacency) {
    this(scenario, condition, adjacency, null);
  }

  /**
   * As above, with {@code requiredRole} (null for none) the role every footprint must hold a site with
   * ({@code --require-role trauma=MTC}): only sites providing the condition in that role count as the providers
   * that every footprint needs, so the constraint holds inside the clustering as the providing site's does.
   */
  public ConditionGraph(Scenario scenario, String condition, AreaAdjacency adjacency, String requiredRole) {
    this(scenario, condition, adjacency, requiredRole, List.of(), 0);
  }

  /**
   * As above, with clinical relationships between sites as site-site edges of the flow graph, each of weight
   * {@code relationshipWeight} times its own (relationships of other conditions, and of sites with no activity
   * for this one, are left out). They count in modularity, so Leiden weighs them as it weighs shared patients,
   * and in no figure of activity: localisation and market share stay the patients' own.
   */
  public ConditionGraph(Scenario scenario, String condition, AreaAdjacency adjacency, String requiredRole,
      List<Relationship> relationships, double relationshipWeight) {
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
    // relationships in a fixed order (by site pair), so that summed weights do not depend on the file's order
    List<Relationship> related = relationships.stream().filter(r -> r.appliesTo(condition) && siteNode[r.siteA()] >= 0
        && siteNode[r.siteB()] >= 0 && relationshipWeight > 0).sorted(java.util.Comparator
        .comparingInt((Relationship r) -> Math.min(r.siteA(), r.siteB()))
        .thenComparingInt(r -> Math.max(r.siteA(), r.siteB())).thenComparingDouble(Relationship::weight)).toList();
    this.relationships = related;
    int[] from = new int[m + related.size()];
    int[] to = new int[m + related.size()];
    double[] w = new double[m + related.size()];
    for (int r = 0; r < related.size(); r++) {
      from[m + r] = siteNode[related.get(r).siteA()];
      to[m + r] = siteNode[related.get(r).siteB()];
      w[m + r] = related.get(r).weight() * relationshipWeight;
    }
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
      io.footprint.model.Site site = scenario.sites().get(activeSites[k]);
      provider[nA + k] = site.provides(condition) && (requiredRole == null || site.hasRole(condition, requiredRole));
    }
    network = new SpatialFlowNetwork(Network.fromEdges(n, from, to, w), AreaGraphs.network(adjacency, n), nA, population,
        provider);
  }

  private ConditionGraph(ConditionGraph g, SpatialFlowNetwork network) {
    this.relationships = g.relationships;
    this.scenario = g.scenario;
    this.flows = g.flows;
    this.adjacency = g.adjacency;
    this.activeSites = g.activeSites;
    this.network = network;
  }

  /**
   * The same graph over other flows between the same nodes (a bootstrap resample of
   * {@link SpatialFlowNetwork#resampled}): proposals are made and numbered from it exactly as from this one.
   */
  public ConditionGraph withNetwork(SpatialFlowNetwork resampled) {
    if (resampled.nodeCount() != network.nodeCount() || resampled.areaCount() != network.areaCount()) {
      throw new IllegalArgumentException("a resample must keep the graph's nodes");
    }
    return new ConditionGraph(this, resampled);
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
    for (int k = network.areaCount(); k < network.nodeCount(); k++) {
      for (int e = network.flows().neighbourStart(k); e < network.flows().neighbourEnd(k); e++) {
        int j = network.flows().neighbour(e);
        if (j > k) {
          DefaultWeightedEdge edge = g.addEdge(new FlowNode(FlowNode.Kind.SITE, sites.get(siteOfNode(k)).code()),
              new FlowNode(FlowNode.Kind.SITE, sites.get(siteOfNode(j)).code()));
          g.setEdgeWeight(edge, network.flows().edgeWeight(e));
        }
      }
    }
    return g;
  }

  /** The relationships between this condition's sites that are edges of its graph, in site-pair order. */
  public List<Relationship> relationships() {
    return relationships;
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

  /** Scenario site index of each active site, in node order (a copy). */
  public int[] activeSites() {
    return activeSites.clone();
  }

  /** Whether each part of a partition of the areas induces a connected subgraph of the area adjacency. */
  public boolean[] connectedParts(int[] partOfArea, int parts) {
    return adjacency.connectedParts(partOfArea, parts);
  }

}
