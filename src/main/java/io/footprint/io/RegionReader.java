package io.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.model.Area;
import io.footprint.model.RegionSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads reference regions and joins them to the areas: a lookup CSV ({@code area_code, region_code,
 * region_name}) or a GeoJSON of region polygons ({@code code, name}), where each area joins the
 * polygon holding its centroid (found through a JTS STRtree). The built-in sets {@code senates} and
 * {@code ahsns} are lookups shipped in the jar: the demo country's own regions and the real 2013
 * memberships keyed by CCG 2013 code. Lookup rows naming unknown areas, and areas left in no region,
 * are reported, never silently dropped.
 */
public final class RegionReader {
  /** Built-in reference sets, by the name users give on the command line. */
  public static final List<String> BUILT_IN = List.of("senates", "ahsns");

  private final Problems problems;
  private final Map<String, String> mapping;

  public RegionReader(Problems problems, Map<String, String> mapping) {
    this.problems = problems;
    this.mapping = mapping;
  }

  /**
   * The region set named on the command line: "senates", "ahsns", a file (named by its stem), or
   * {@code NAME=FILE} (named NAME, so that {@code senates=my_lookup.csv} fills the senate columns).
   */
  public RegionSet read(String reference, List<Area> areas) {
    String key = reference.strip().toLowerCase(Locale.ROOT);
    if (BUILT_IN.contains(key)) {
      return builtIn(key, areas);
    }
    String file = reference;
    String stem = null;
    int eq = reference.indexOf('=');
    if (eq > 0 && !java.nio.file.Files.exists(Path.of(reference))) {
      stem = reference.substring(0, eq).strip();
      file = reference.substring(eq + 1).strip();
    }
    Path path = Path.of(file);
    if (stem == null) {
      stem = path.getFileName().toString().replaceFirst("(?i)\\.(csv|geojson|json)(\\.gz)?$", "");
    }
    RegionSet set = AreaReader.isGeoJson(path) ? polygons(path, stem, areas) : lookup(path, stem, areas);
    reportUncovered(set, areas, reference);
    return set;
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
    if (regionOf.isEmpty()) {
      problems.add(ProblemType.BAD_CONFIG, name, 0, "", name, "the built-in " + name + " know the demo country's "
          + "areas and CCG 2013 codes (E38...), and none of the " + areas.size() + " areas matched; pass a lookup "
          + "CSV or a GeoJSON of polygons instead");
    }
    RegionSet set = new RegionSet(name, regionOf, names);
    reportUncovered(set, areas, name);
    return set;
  }

  private RegionSet lookup(Path path, String name, List<Area> areas) {
    Map<String, String> regionOf = new HashMap<>();
    TreeMap<String, String> names = new TreeMap<>();
    Map<String, Boolean> known = new HashMap<>();
    for (Area a : areas) {
      known.put(a.code(), Boolean.TRUE);
    }
    CsvTable t = CsvTable.open(path, problems);
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
      problems.add(ProblemType.UNREADABLE_FILE, path.toString(), 0, "", "", e.getMessage());
    }
    return new RegionSet(name, regionOf, names);
  }

  private RegionSet polygons(Path path, String name, List<Area> areas) {
    String file = path.toString();
    Map<String, String> regionOf = new HashMap<>();
    TreeMap<String, String> names = new TreeMap<>();
    Map<String, Geometry> shapes = new TreeMap<>();
    JsonNode root;
    try (Reader r = CsvTable.reader(path)) {
      root = new ObjectMapper().readTree(r);
    } catch (IOException e) {
      problems.add(ProblemType.BAD_GEOJSON, file, 0, "", "", String.valueOf(e.getMessage()).split("\n")[0]);
      return new RegionSet(name, regionOf, names);
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
      problems.add(ProblemType.BAD_GEOJSON, file, 1, "type", root == null ? "" : root.path("type").asText(),
          "expected a FeatureCollection");
      return new RegionSet(name, regionOf, names);
    }
    GeoJsonReader reader = new GeoJsonReader();
    BritishNationalGrid grid = null;
    STRtree index = new STRtree();
    List<String> codes = new ArrayList<>();
    int i = 0;
    for (JsonNode f : root.get("features")) {
      i++;
      String code = f.path("properties").path("code").asText(f.path("properties").path("region_code").asText(""))
          .strip();
      if (code.isEmpty()) {
        problems.add(ProblemType.MISSING_COLUMN, file, 0, "code", "", "feature " + i + " has no code property");
        continue;
      }
      Geometry g;
      try {
        g = reader.read(f.get("geometry").toString());
      } catch (ParseException | RuntimeException e) {
        problems.add(ProblemType.BAD_GEOJSON, file, 0, "geometry", code, String.valueOf(e.getMessage()));
        continue;
      }
      if (!(g instanceof Polygonal)) {
        problems.add(ProblemType.BAD_GEOMETRY, file, 0, "geometry", code, g.getGeometryType());
        continue;
      }
      if (!BritishNationalGrid.isUkLonLat(g.getEnvelopeInternal().getMinX(), g.getEnvelopeInternal().getMinY())) {
        if (grid == null) {
          grid = new BritishNationalGrid();
        }
        g = grid.toLonLat(g);
      }
      if (!g.isValid()) {
        g = org.locationtech.jts.geom.util.GeometryFixer.fix(g);
        problems.add(ProblemType.POLYGON_REPAIRED, file, 0, "geometry", code, "");
      }
      names.put(code, f.path("properties").path("name").asText(code));
      shapes.merge(code, g, Geometry::union);
      codes.add(code);
      index.insert(g.getEnvelopeInternal(), new Object[] {code, PreparedGeometryFactory.prepare(g)});
    }
    GeometryFactory gf = new GeometryFactory();
    for (Area a : areas) {
      Point p = gf.createPoint(new Coordinate(a.lon(), a.lat()));
      String best = null;
      for (Object o : index.query(p.getEnvelopeInternal())) {
        Object[] entry = (Object[]) o;
        if (((PreparedGeometry) entry[1]).covers(p)) {
          String c = (String) entry[0];
          if (best == null || c.compareTo(best) < 0) {
            best = c;
          }
        }
      }
      if (best != null) {
        regionOf.put(a.code(), best);
      }
    }
    return new RegionSet(name, regionOf, names, shapes);
  }

  private void reportUncovered(RegionSet set, List<Area> areas, String source) {
    for (Area a : areas) {
      if (!set.regionOfArea().containsKey(a.code()) && !set.regionOfArea().isEmpty()) {
        problems.add(ProblemType.AREA_WITHOUT_REGION, source, 0, "area_code", a.code(), "");
      }
    }
  }
}
