package io.footprint.align;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import io.footprint.model.RegionSet;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A reference region set numbered for the areas and sites of a scenario: regions are numbered in
 * order of their codes, and areas in no region share one more number, the "no region" part, last.
 * Each site lies in the region of the area holding it. When both areas and regions are polygons, each
 * area's land inside each region is measured too, in square metres of the British National Grid.
 */
final class RegionIndex {
  /** Code of the "no region" part. */
  static final String NO_REGION = "";

  private final List<String> codes;
  private final int noRegion;
  private final int[] regionOfArea;
  private final int[] regionOfSite;
  /** square metres of each area inside each region polygon (region number to m2), or null without polygons. */
  private final Map<Integer, Double>[] landInRegion;
  private final double[] landOfArea;

  /** @param areaOfSite the area holding each site, -1 for none ({@link Aligner#areasOfSites}) */
  RegionIndex(Scenario scenario, RegionSet regions, int[] areaOfSite) {
    List<Area> areas = scenario.areas();
    TreeSet<String> real = new TreeSet<>();
    boolean unassigned = false;
    for (Area a : areas) {
      String r = regions.regionOfArea().get(a.code());
      if (r == null) {
        unassigned = true;
      } else {
        real.add(r);
      }
    }
    codes = new ArrayList<>(real);
    noRegion = unassigned ? codes.size() : -1;
    if (unassigned) {
      codes.add(NO_REGION);
    }
    Map<String, Integer> number = new HashMap<>();
    for (int r = 0; r < real.size(); r++) {
      number.put(codes.get(r), r);
    }
    regionOfArea = new int[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      String r = regions.regionOfArea().get(areas.get(i).code());
      regionOfArea[i] = r == null ? noRegion : number.get(r);
    }
    if (!regions.polygons().isEmpty() && scenario.allAreasHaveGeometry()) {
      landOfArea = new double[areas.size()];
      landInRegion = overlaps(areas, regions, number, landOfArea);
    } else {
      landOfArea = null;
      landInRegion = null;
    }
    List<Site> sites = scenario.sites();
    regionOfSite = new int[sites.size()];
    for (int s = 0; s < sites.size(); s++) {
      Integer given = number.get(regions.regionOfSite().get(sites.get(s).code()));
      if (given != null) {
        regionOfSite[s] = given; // an earlier output's footprint of the site
        continue;
      }
      int a = areaOfSite[s];
      regionOfSite[s] = a < 0 ? -1 : regionOfArea[a];
    }
  }

  /** A region polygon in grid metres, prepared for the overlap tests. */
  private record Polygon(int region, Geometry metres, PreparedGeometry prepared) {}

  /**
   * Area-weighted overlap: for each area, the square metres inside each region polygon, found through
   * an STRtree; an area a region's polygon properly contains counts whole.
   */
  @SuppressWarnings("unchecked")
  private static Map<Integer, Double>[] overlaps(List<Area> areas, RegionSet regions, Map<String, Integer> number,
      double[] landOfArea) {
    BritishNationalGrid grid = new BritishNationalGrid();
    STRtree index = new STRtree();
    regions.polygons().forEach((code, g) -> {
      Integer r = number.get(code);
      if (r != null) {
        Geometry bng = grid.toGrid(g);
        index.insert(bng.getEnvelopeInternal(), new Polygon(r, bng, PreparedGeometryFactory.prepare(bng)));
      }
    });
    Map<Integer, Double>[] out = new Map[areas.size()];
    for (int a = 0; a < areas.size(); a++) {
      Geometry g = grid.toGrid(areas.get(a).geometry());
      landOfArea[a] = g.getArea();
      out[a] = new TreeMap<>();
      for (Object o : index.query(g.getEnvelopeInternal())) {
        Polygon p = (Polygon) o;
        double m2 = p.prepared().containsProperly(g) ? landOfArea[a] : p.prepared().intersects(g)
            ? OverlayNGRobust.overlay(g, p.metres(), OverlayNG.INTERSECTION).getArea() : 0;
        if (m2 > 0) {
          out[a].merge(p.region(), m2, Double::sum);
        }
      }
    }
    return out;
  }

  /** Number of parts: the regions, and the "no region" part if any area lies in none. */
  int count() {
    return codes.size();
  }

  String code(int region) {
    return codes.get(region);
  }

  List<String> codes() {
    return List.copyOf(codes);
  }

  /** The number of the "no region" part, or -1 when every area lies in a region. */
  int noRegion() {
    return noRegion;
  }

  boolean isReal(int region) {
    return region >= 0 && region != noRegion;
  }

  int regionOfArea(int area) {
    return regionOfArea[area];
  }

  /** Region number of each area (a copy). */
  int[] regionOfAreas() {
    return regionOfArea.clone();
  }

  /** Region number of each site (a copy): the region of the area holding it, -1 when there are no areas. */
  int[] regionOfSites() {
    return regionOfSite.clone();
  }

  boolean measuresLand() {
    return landInRegion != null;
  }

  double land(int area) {
    return landOfArea[area];
  }

  double landIn(int area, int region) {
    return landInRegion[area].getOrDefault(region, 0.0);
  }
}
