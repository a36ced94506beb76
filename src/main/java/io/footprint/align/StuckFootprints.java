package io.footprint.align;

import io.footprint.cluster.Groups;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Why the footprints a realignment left misaligned stay so, read off its final state: residents
 * outside the host who live in regions hosting no footprint (only a new footprint would align them),
 * or in no region of the reference, or outside areas that border a footprint of their own region but
 * hold their footprint together, or that no footprint of their region borders.
 */
final class StuckFootprints {
  private StuckFootprints() {}

  /** Why each footprint still misaligned stays so (read off the final state, as the rounds saw it). */
  static List<Realigner.Stuck> explain(int[] fp, int k, List<Area> areas, AreaAdjacency adjacency, int[] regionOfArea,
      List<String> regionCodes, int noRegion, double threshold) {
    int regions = regionCodes.size();
    double[][] pop = new double[k][regions];
    double[] total = new double[k];
    for (int a = 0; a < fp.length; a++) {
      pop[fp[a]][regionOfArea[a]] += areas.get(a).population();
      total[fp[a]] += areas.get(a).population();
    }
    int[] host = new int[k];
    boolean[] misaligned = new boolean[k];
    for (int f = 0; f < k; f++) {
      host[f] = HostRule.host(pop[f], noRegion);
      misaligned[f] = total[f] > 0 && !HostRule.aligned(pop[f], total[f], host[f], threshold);
    }
    int[][] members = Groups.of(fp, k);
    int[] size = new int[k];
    for (int f = 0; f < k; f++) {
      size[f] = members[f].length;
    }
    return explain(fp, host, misaligned, members, size, adjacency, regionOfArea, regionCodes, noRegion);
  }

  /**
   * As above, from the final state's figures where the rounds kept them: each footprint's host and
   * misaligned flag, and its areas (the first {@code size[f]} entries of {@code members[f]}, in any order).
   */
  static List<Realigner.Stuck> explain(int[] fp, int[] host, boolean[] misaligned, int[][] members, int[] size,
      AreaAdjacency adjacency, int[] regionOfArea, List<String> regionCodes, int noRegion) {
    int k = host.length;
    boolean[] hosting = new boolean[regionCodes.size()];
    for (int f = 0; f < k; f++) {
      if (host[f] >= 0) {
        hosting[host[f]] = true;
      }
    }
    List<Realigner.Stuck> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      if (!misaligned[f]) {
        continue;
      }
      TreeSet<String> unhosted = new TreeSet<>();
      boolean inNoRegion = false;
      boolean bordered = false;
      boolean anyMovable = false;
      for (int i = 0; i < size[f]; i++) {
        int a = members[f][i];
        int r = regionOfArea[a];
        if (r == host[f]) {
          continue;
        }
        if (r == noRegion) {
          inNoRegion = true;
        } else if (!hosting[r]) {
          unhosted.add(regionCodes.get(r));
        } else {
          anyMovable = true;
          for (int b : adjacency.neighbours(a)) {
            bordered |= fp[b] != f && host[fp[b]] == r;
          }
        }
      }
      List<String> why = new ArrayList<>();
      if (!unhosted.isEmpty()) {
        why.add("some of its residents outside its host live in regions that host no footprint, where only a new "
            + "footprint would align them");
      }
      if (inNoRegion) {
        why.add("some of its residents live in no region of the reference");
      }
      if (anyMovable) {
        why.add(bordered ? "its outside areas that border a footprint of their own region hold it together: moving "
            + "them would split it" : "no footprint hosted by its outside areas' regions borders them, and moving them "
            + "to another would misalign that one");
      }
      out.add(new Realigner.Stuck(f, String.join("; ", why), List.copyOf(unhosted)));
    }
    return out;
  }
}
