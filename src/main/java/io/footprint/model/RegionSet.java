package io.footprint.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Reference regions footprints are aligned with (the 12 clinical senate areas, the 15 AHSNs, or a
 * user's own), expressed as the region each area belongs to.
 *
 * @param name short name used in file names and summaries ("senates", "ahsns", or the file's stem)
 * @param regionOfArea area code to region code; areas absent here lie in no region
 * @param regionNames region code to display name
 * @param polygons region code to boundary (WGS84) when the regions came as polygons, else empty
 */
public record RegionSet(String name, Map<String, String> regionOfArea, SortedMap<String, String> regionNames,
    Map<String, Geometry> polygons) {
  public RegionSet {
    regionOfArea = Collections.unmodifiableMap(new TreeMap<>(regionOfArea));
    regionNames = Collections.unmodifiableSortedMap(new TreeMap<>(regionNames));
    polygons = Collections.unmodifiableMap(new TreeMap<>(polygons));
  }

  /** A region set known by lookup only (no polygons). */
  public RegionSet(String name, Map<String, String> regionOfArea, SortedMap<String, String> regionNames) {
    this(name, regionOfArea, regionNames, Map.of());
  }

  public String regionName(String regionCode) {
    return regionNames.getOrDefault(regionCode, regionCode);
  }
}
