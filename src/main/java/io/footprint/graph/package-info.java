/**
 * Graphs built from a scenario, and their hand-over to the {@code cluster} algorithms.
 *
 * <p>Terms:
 * <ul>
 *   <li><b>adjacency</b>: areas are neighbours when their polygons share a stretch of boundary (a
 *       single shared point does not count: "rook" contiguity), or, when only centroids are known,
 *       when they are Delaunay neighbours. An area or group of areas with no neighbour (an island)
 *       is <b>linked</b> to the nearest area outside it, and the link is reported.</li>
 *   <li><b>condition graph</b>: for one condition, the bipartite flow graph between areas and the
 *       sites that received its activity, as a JGraphT graph for library users and as a CSR
 *       {@link io.footprint.cluster.SpatialFlowNetwork} for the algorithms (node {@code i < areaCount}
 *       is area {@code i} of the scenario, node {@code areaCount + k} its k-th active site).</li>
 * </ul>
 */
package io.footprint.graph;
