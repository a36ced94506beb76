package io.footprint.report;

import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Proposal;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.SaturationDegreeColoring;
import org.jgrapht.alg.interfaces.VertexColoringAlgorithm;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * One colour per footprint, neighbours always different (DSatur, Brelaz 1979, on the graph of bordering
 * footprints), from a qualitative palette (ColorBrewer Set3), so that the report, the GeoJSON's simplestyle
 * properties and the QGIS style draw the same map.
 */
final class FootprintColours {
  static final String[] PALETTE = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
      "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};

  private FootprintColours() {}

  /** The palette index of each footprint. */
  static int[] of(Proposal p, AreaAdjacency adjacency) {
    int k = p.footprintCount();
    int[] fp = p.footprintOfArea();
    // distinct pairs of neighbouring footprints first (areas border each other far more often than footprints do)
    TreeSet<Long> pairs = new TreeSet<>();
    for (int a = 0; a < fp.length; a++) {
      for (int b : adjacency.neighbours(a)) {
        if (fp[a] < fp[b]) {
          pairs.add(((long) fp[a] << 32) | fp[b]);
        }
      }
    }
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int f = 0; f < k; f++) {
      g.addVertex(f);
    }
    for (long pair : pairs) {
      g.addEdge((int) (pair >>> 32), (int) pair);
    }
    VertexColoringAlgorithm.Coloring<Integer> col = new SaturationDegreeColoring<>(g).getColoring();
    int[] out = new int[k];
    for (int f = 0; f < k; f++) {
      out[f] = col.getColors().get(f) % PALETTE.length;
    }
    return out;
  }

  /** The hex colour of each footprint. */
  static String[] hex(Proposal p, AreaAdjacency adjacency) {
    int[] c = of(p, adjacency);
    String[] out = new String[c.length];
    for (int f = 0; f < c.length; f++) {
      out[f] = PALETTE[c[f]];
    }
    return out;
  }
}
