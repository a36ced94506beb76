/**
 * Clustering of weighted networks into spatially contiguous clusters, on primitive arrays. This
 * package imports nothing of the rest of footprint: it knows nodes, edges and weights, not places or
 * files, and every source of randomness is passed in.
 *
 * <p>Terms:
 * <ul>
 *   <li><b>network</b>: an undirected weighted graph in compressed sparse row form ({@link Network}).</li>
 *   <li><b>flow network</b>: a bipartite network between <b>areas</b> (nodes {@code 0..areaCount-1}, the
 *       places residents live) and <b>sites</b> (the remaining nodes, where they are treated); an edge's
 *       weight is the activity between the two.</li>
 *   <li><b>adjacency</b>: a second network over the same nodes whose edges join neighbouring areas;
 *       sites have no adjacency edges. A cluster is <b>contiguous</b> when its areas induce a connected
 *       subgraph of the adjacency.</li>
 *   <li><b>clustering</b>: a cluster number for every node ({@link Clustering}).</li>
 *   <li><b>localisation</b> of a cluster: activity of its areas at its sites / all activity of its areas
 *       (the Dartmouth Atlas localisation index). <b>Market share</b>: activity at its sites from its
 *       areas / all activity at its sites.</li>
 *   <li><b>modularity</b>: Newman-Girvan modularity with resolution gamma (configuration null model),
 *       {@link Modularity}.</li>
 * </ul>
 *
 * <p>The kernels' loops read the arrays they walk from locals, not from fields: footprint runs under the JVM's
 * quick compiler (C1, see the launcher), which loads a field again on every turn of a loop, and the loops over
 * edges are most of a run's time. The additions stay in the order of the plain loops, so results are the same
 * bits.
 */
package io.footprint.cluster;
