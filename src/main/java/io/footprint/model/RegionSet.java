package io.footprint.model;

import java.util.Collections;
import java.util.HashMap;
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
 * @param regionOfSite site code to region code, for regions that are an earlier output's footprints (each site
 *     in the footprint the output gave it); empty otherwise, when each site lies in the region of the area
 *     holding it
 */
public record RegionSet(String name, Map<String, String> regionOfArea, SortedMap<String, String> regionNames,
    Map<String, Geometry> polygons, Map<String, String> regionOfSite) {
  public RegionSet {
    // the areas' and sites' regions are only looked up (a country holds 180,000 areas): hashed, not sorted
    regionOfArea = Collections.unmodifiableMap(new HashMap<>(regionOfArea));
    regionNames = Collections.unmodifiableSortedMap(new TreeMap<>(regionNames));
    polygons = Collections.unmodifiableMap(new TreeMap<>(polygons));
    regionOfSite = Collections.unmodifiableMap(new HashMap<>(regionOfSite));
  }

  /** Regions with polygons; sites lie in the region of the area holding them. */
  public RegionSet(String name, Map<String, String> regionOfArea, SortedMap<String, String> regionNames,
      Map<String, Geometry> polygons) {
    this(name, regionOfArea, regionNames, polygons, Map.of());
  }

  /** A region set known by lookup only (no polygons). */
  public RegionSet(String name, Map<String, String> regionOfArea, SortedMap<String, String> regionNames) {
    this(name, regionOfArea, regionNames, Map.of(), Map.of());
  }

  public String regionName(String regionCode) {
    return regionNames.getOrDefault(regionCode, regionCode);
  }
}
