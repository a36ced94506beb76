package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import io.footprint.model.RegionSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;

/**
 * Reads reference regions and joins them to the areas: a lookup CSV ({@code area_code, region_code,
 * region_name}) or a GeoJSON of region polygons ({@code code, name}), where each area joins the
 * polygon holding its centroid (found through a JTS STRtree). The built-in sets {@code senates} and
 * {@code ahsns} are lookups shipped in the jar: the demo country's own regions and the real 2013
 * memberships keyed by CCG 2013 code.
 *
 * <p>Nothing is dropped silently: lookup rows naming unknown areas, areas left in no region and
 * centroids lying in two polygons (joined to the first by code) are warnings; a reference that
 * matches no area at all is an error, since every area would then lie in "no region" and the
 * reference would score as one perfect region.
 */
public final class RegionReader {
  /** Built-in reference sets, by the name users give on the command line. */
  public static final List<String> BUILT_IN = ReferenceSpec.BUILT_IN;

  private final Problems problems;
  private final Map<String, String> mapping;
  private final Charset encoding;

  public RegionReader(Problems problems, Map<String, String> mapping) {
    this(problems, mapping, StandardCharsets.UTF_8);
  }

  public RegionReader(Problems problems, Map<String, String> mapping, Charset encoding) {
    this.problems = problems;
    this.mapping = mapping;
    this.encoding = encoding;
  }

  /** The region set a user names (see {@link ReferenceSpec}), joined to the areas. */
  public RegionSet read(String reference, List<Area> areas) {
    ReferenceSpec spec = ReferenceSpec.parse(reference);
    String bad = spec.nameProblem();
    if (bad != null) {
      problems.add(ProblemType.BAD_CONFIG, reference, 0, "", spec.name(), bad);
      return new RegionSet(spec.name(), Map.of(), new TreeMap<>());
    }
    RegionSet set;
    if (spec.file() == null) {
      set = builtIn(spec.name(), areas);
    } else if (PartitionReader.isEarlierOutput(spec.file())) {
      PartitionReader.Partition p = PartitionReader.read(reference, null, areas, problems, mapping, encoding);
      set = p == null ? new RegionSet(spec.name(), Map.of(), new TreeMap<>())
          : new RegionSet(spec.name(), p.unitOfArea(), new TreeMap<>(p.unitNames()), Map.of(), p.unitOfSite());
    } else {
      set = AreaReader.isGeoJson(spec.file()) ? polygons(spec.file(), spec.name(), areas)
          : lookup(spec.file(), spec.name(), areas);
    }
    if (set.regionOfArea().isEmpty() && !areas.isEmpty() && !problems.hasFatal()) {
      problems.add(ProblemType.REFERENCE_MATCHES_NOTHING, spec.file() == null ? spec.name() : spec.file().toString(),
          0, "", "", nothingMatched(spec, areas));
    } else {
      reportUncovered(set, areas, reference);
    }
    return set;
  }

  private static String nothingMatched(ReferenceSpec spec, List<Area> areas) {
    String example = areas.get(0).code();
    if (spec.file() == null) {
      return "the built-in " + spec.name() + " know the demo country's areas and CCG 2013 codes (E38...), and none "
          + "of the " + areas.size() + " areas (such as " + example + ") matched; pass a lookup CSV or a GeoJSON of "
          + "polygons instead";
    }
    return AreaReader.isGeoJson(spec.file())
        ? "no area's centroid lies in any of its polygons: do they cover the same country as the areas?"
        : "none of its area codes is one of the " + areas.size() + " areas (such as " + example + "): is it a "
            + "lookup for another geography?";
  }

  private RegionSet builtIn(String name, List<Area> areas) {
    Map<String, String> regionOf = new HashMap<>();
    TreeMap<String, String> names = new TreeMap<>();
    String[][] sources = {{"footprint/data/demo/" + name + ".csv", "area_code", "region_code", "region_name"},
        {"footprint/data/reference/ccg13_senates_ahsns_2013.csv", "ccg13_code", name.equals("senates")
            ? "senate_code" : "ahsn_code", name.equals("senates") ? "senate_name" : "ahsn_name"}};
    Map<String, Boolean> known = new HashMap<>();
    for (Area a : areas) {
      known.put(a.code(), Boolean.TRUE);
    }
    for (String[] s : sources) {
      try (InputStream in = RegionReader.class.getClassLoader().getResourceAsStream(s[0])) {
        if (in == null) {
          throw new IllegalStateException("built-in reference " + s[0] + " missing from the jar");
        }
        BuiltInLookup.read(new InputStreamReader(in, StandardCharsets.UTF_8), s[1], s[2], s[3], known, regionOf,
            names);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read built-in reference " + s[0], e);
      }
    }
    return new RegionSet(name, regionOf, names);
  }

  private RegionSet lookup(Path path, String name, List<Area> areas) {
    Map<String, String> regionOf = new HashMap<>();
    TreeMap<String, String> names = new TreeMap<>();
    Map<String, Boolean> known = new HashMap<>();
    for (Area a : areas) {
      known.put(a.code(), Boolean.TRUE);
    }
    CsvTable t = CsvTable.open(path, problems, encoding);
    if (t == null) {
      return new RegionSet(name, regionOf, names);
    }
    try (t) {
      int area = t.column("area_code", Columns.AREA_CODE, mapping, true);
      int code = t.column("region_code", Columns.REGION_CODE, mapping, true);
      int rname = t.column("region_name", Columns.REGION_NAME, mapping, false);
      if (area < 0 || code < 0) {
        return new RegionSet(name, regionOf, names);
      }
      while (t.next()) {
        String a = Codes.read(t, area, problems);
        String r = Codes.read(t, code, problems);
        if (a == null || r == null) {
          continue;
        }
        if (!known.containsKey(a)) {
          problems.add(ProblemType.REGION_CODE_UNMATCHED, t.file(), t.line(), t.columnName(area), a, "");
          continue;
        }
        String before = regionOf.putIfAbsent(a, r);
        if (before != null && !before.equals(r)) {
          problems.add(ProblemType.DUPLICATE_CODE, t.file(), t.line(), t.columnName(area), a,
              "in regions " + before + " and " + r);
        }
        String n = t.get(rname).strip();
        names.putIfAbsent(r, n.isEmpty() ? r : n);
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, path, 0, problems);
    }
    return new RegionSet(name, regionOf, names);
  }

  /** A region polygon as read: its code, and the polygon prepared for point-in-polygon tests. */
  private record Shape(String code, PreparedGeometry polygon) {}

  private RegionSet polygons(Path path, String name, List<Area> areas) {
    String file = path.toString();
    TreeMap<String, String> names = new TreeMap<>();
    Map<String, Geometry> shapes = new TreeMap<>();
    BritishNationalGrid[] grid = new BritishNationalGrid[1];
    boolean whole = FeatureStream.read(path, encoding, problems, (line, f) -> {
      Map<String, String> props = f.properties() == null ? Map.of() : f.properties();
      String code = props.getOrDefault("code", props.getOrDefault("region_code", ""));
      code = code == null ? "" : code.strip();
      if (code.isEmpty()) {
        problems.add(ProblemType.MISSING_COLUMN, file, line, "code", "", "the feature has no code property");
        return;
      }
      Geometry g = regionGeometry(file, line, code, f, grid);
      if (g != null) {
        String n = props.getOrDefault("name", props.getOrDefault("region_name", code));
        names.putIfAbsent(code, n == null || n.isBlank() ? code : n.strip());
        shapes.merge(code, g, Geometry::union);
      }
    });
    Map<String, String> regionOf = new HashMap<>();
    if (!whole) {
      return new RegionSet(name, regionOf, names);
    }
    STRtree index = new STRtree();
    shapes.forEach((code, g) -> index.insert(g.getEnvelopeInternal(), new Shape(code,
        PreparedGeometryFactory.prepare(g))));
    GeometryFactory gf = new GeometryFactory();
    for (Area a : areas) {
      Point p = gf.createPoint(new Coordinate(a.lon(), a.lat()));
      List<String> holding = new ArrayList<>();
      for (Object o : index.query(p.getEnvelopeInternal())) {
        Shape s = (Shape) o;
        if (s.polygon().covers(p)) {
          holding.add(s.code());
        }
      }
      if (holding.isEmpty()) {
        continue;
      }
      holding.sort(null);
      regionOf.put(a.code(), holding.get(0));
      if (holding.size() > 1) {
        problems.add(ProblemType.REGION_OVERLAP, file, 0, "area_code", a.code(), "in " + String.join(" and ",
            holding) + "; joined " + holding.get(0));
      }
    }
    return new RegionSet(name, regionOf, names, shapes);
  }

  /** The feature's polygon in WGS84, repaired if need be; null (with the problem recorded) when unusable. */
  private Geometry regionGeometry(String file, long line, String code, GeoJsonGeometry f, BritishNationalGrid[] grid) {
    if (f.geometryType() == null) {
      problems.add(ProblemType.BAD_GEOMETRY, file, line, "geometry", code, "the feature has no geometry");
      return null;
    }
    Geometry g;
    try {
      g = f.polygons();
    } catch (ParseException | RuntimeException e) {
      problems.add(ProblemType.BAD_GEOJSON, file, line, "geometry", code, e.getMessage());
      return null;
    }
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      problems.add(ProblemType.BAD_GEOMETRY, file, line, "geometry", code, g == null ? f.geometryType()
          : g.getGeometryType());
      return null;
    }
    if (!BritishNationalGrid.isUkLonLat(g.getEnvelopeInternal().getMinX(), g.getEnvelopeInternal().getMinY())) {
      if (!BritishNationalGrid.isGrid(g.getEnvelopeInternal().getMinX(), g.getEnvelopeInternal().getMinY())) {
        problems.add(ProblemType.OUTSIDE_UK, file, line, "geometry", code, "neither WGS84 degrees in the UK nor "
            + "British National Grid metres");
        return null;
      }
      if (grid[0] == null) {
        grid[0] = new BritishNationalGrid();
      }
      g = grid[0].toLonLat(g);
    }
    if (!g.isValid()) {
      g = GeometryFixer.fix(g);
      problems.add(ProblemType.POLYGON_REPAIRED, file, line, "geometry", code, "");
    }
    return g;
  }

  private void reportUncovered(RegionSet set, List<Area> areas, String source) {
    for (Area a : areas) {
      if (!set.regionOfArea().containsKey(a.code()) && !set.regionOfArea().isEmpty()) {
        problems.add(ProblemType.AREA_WITHOUT_REGION, source, 0, "area_code", a.code(), "");
      }
    }
  }
}
