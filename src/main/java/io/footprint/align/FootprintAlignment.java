package io.footprint.align;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How one footprint sits among the reference regions.
 *
 * @param footprint the footprint's number
 * @param host the region holding the largest share of its population ("" when none holds any)
 * @param hostShare that share, 0..1
 * @param aligned hostShare is at least the threshold
 * @param inside every one of its areas lies in the host region (it does not cross the region's border)
 * @param shares population share in every region it touches ("" for areas in no region)
 * @param outsideAreas scenario indices of its areas outside the host region
 * @param outsidePopulation residents of those areas
 * @param outsideActivity activity of those residents (all sites)
 * @param hostAreaShare share of the footprint's land (square metres, British National Grid) inside the host
 *     region's polygon; NaN unless both areas and regions are polygons
 */
public record FootprintAlignment(int footprint, String host, double hostShare, boolean aligned, boolean inside,
    SortedMap<String, Double> shares, List<Integer> outsideAreas, double outsidePopulation, double outsideActivity,
    double hostAreaShare) {
  public FootprintAlignment {
    shares = Collections.unmodifiableSortedMap(new TreeMap<>(shares));
    outsideAreas = List.copyOf(outsideAreas);
  }
}
