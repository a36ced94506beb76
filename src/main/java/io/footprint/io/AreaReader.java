package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;

/**
 * Reads areas from a CSV of codes, populations and centroids, or from a GeoJSON FeatureCollection (or a GeoPackage
 * layer) of Polygon/MultiPolygon features. Coordinates may be WGS84 or British National Grid; GeoJSON is told
 * apart by its coordinates' range, and a file that mixes the two is rejected. Invalid polygons are
 * repaired with JTS's {@link GeometryFixer} and reported.
 */
final class AreaReader {
  private static final int BATCH = 2048;
  private final Problems problems;
  private final Map<String, String> mapping;
  private final BritishNationalGrid grid;
  private final Charset encoding;

  AreaReader(Problems problems, Map<String, String> mapping, BritishNationalGrid grid, Charset encoding) {
    this.problems = problems;
    this.mapping = mapping;
    this.grid = grid;
    this.encoding = encoding;
  }

  /** Whether the file holds features (GeoJSON, or a GeoPackage read as one) rather than CSV rows. */
  static boolean isGeoJson(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".geojson") || n.endsWith(".json") || n.endsWith(".geojson.gz") || n.endsWith(".json.gz")
        || GeoPackageFeatures.isGeoPackage(path);
  }

  List<AreaRecord> read(Path path) {
    return isGeoJson(path) ? readGeoJson(path) : readCsv(path);
  }

  private List<AreaRecord> readCsv(Path path) {
    List<AreaRecord> out = new ArrayList<>();
    CsvTable t = CsvTable.open(path, problems, encoding);
    if (t == null) {
      return out;
    }
    try (t) {
      int code = t.column("area_code", Columns.AREA_CODE, mapping, true);
      int name = t.column("area_name", Columns.AREA_NAME, mapping, false);
      int pop = t.column("population", Columns.POPULATION, mapping, false);
      PointColumns point = PointColumns.find(t, mapping, false, problems, grid);
      if (code < 0) {
        return out;
      }
      while (t.next()) {
        String c = Codes.read(t, code, problems);
        if (c == null) {
          continue;
        }
        double population = Double.NaN;
        if (pop >= 0) {
          population = Numbers.parse(t.get(pop));
          if (Double.isNaN(population) || population < 0) {
            problems.add(ProblemType.BAD_NUMBER, t.file(), t.line(), t.columnName(pop), t.get(pop), "population");
            continue;
          }
        }
        double[] p = point == null ? null : point.read(t, problems);
        if (point != null && p == null) {
          continue;
        }
        String n = t.get(name).strip();
        out.add(new AreaRecord(c, n.isEmpty() ? null : n, population, p == null ? Double.NaN : p[0],
            p == null ? Double.NaN : p[1], null, t.file(), t.line()));
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, path, 0, problems);
    }
    return out;
  }

  private List<AreaRecord> readGeoJson(Path path) {
    String file = path.toString();
    List<AreaRecord> out = new ArrayList<>();
    // polygons are built and checked (validity, repair, centroid) in parallel over bounded batches, so
    // memory holds one batch of coordinates; problems are kept per feature and added in file order
    List<GeoJsonGeometry> features = new ArrayList<>(BATCH);
    List<Long> lines = new ArrayList<>(BATCH);
    int[] crs = new int[2]; // features in degrees, in metres
    Runnable flush = () -> {
      List<Problems> found = new ArrayList<>(features.size());
      for (int i = 0; i < features.size(); i++) {
        found.add(new Problems());
      }
      List<AreaRecord> parsed = IntStream.range(0, features.size()).parallel()
          .mapToObj(i -> feature(file, lines.get(i), features.get(i), found.get(i))).toList();
      for (int i = 0; i < parsed.size(); i++) {
        problems.addAll(found.get(i));
        AreaRecord a = parsed.get(i);
        if (a != null) {
          out.add(a);
          crs[isLonLat(a.geometry().getEnvelopeInternal()) ? 0 : 1]++;
        }
      }
      features.clear();
      lines.clear();
    };
    boolean whole = FeatureStream.read(path, encoding, problems, (line, f) -> {
      lines.add(line);
      features.add(f);
      if (features.size() == BATCH) {
        flush.run();
      }
    });
    flush.run();
    if (!whole) {
      return out;
    }
    int lonLatFeatures = crs[0];
    int gridFeatures = crs[1];
    if (out.isEmpty() && !problems.hasFatal()) {
      problems.add(ProblemType.HEADER_ONLY, file, 1, "features", "", "no features");
    }
    if (gridFeatures > 0 && lonLatFeatures > 0) {
      problems.add(ProblemType.MIXED_CRS, file, 0, "", "", lonLatFeatures + " features in degrees, " + gridFeatures
          + " in metres");
      return out;
    }
    if (gridFeatures > 0) {
      List<AreaRecord> converted = new ArrayList<>(out.size());
      for (AreaRecord a : out) {
        converted.add(withGeometry(a, grid.toLonLat(a.geometry())));
      }
      return converted;
    }
    return out;
  }

  private static boolean isLonLat(Envelope e) {
    return BritishNationalGrid.isUkLonLat(e.getMinX(), e.getMinY()) && BritishNationalGrid.isUkLonLat(e.getMaxX(),
        e.getMaxY());
  }

  private static AreaRecord withGeometry(AreaRecord a, Geometry g) {
    Point c = centroid(g);
    return new AreaRecord(a.code(), a.name(), a.population(), c.getX(), c.getY(), g, a.file(), a.line());
  }

  /** The centroid, or a point inside the polygon when the centroid falls outside it (a crescent, a coast). */
  static Point centroid(Geometry g) {
    Point c = g.getCentroid();
    return SimplePointInAreaLocator.locate(c.getCoordinate(), g) == Location.INTERIOR ? c : g.getInteriorPoint();
  }

  private static AreaRecord feature(String file, long line, GeoJsonGeometry feature, Problems problems) {
    Map<String, String> props = feature.properties();
    String code = null;
    String name = null;
    double population = Double.NaN;
    if (props != null) {
      code = property(props, "area_code", Columns.AREA_CODE);
      name = property(props, "area_name", Columns.AREA_NAME);
      String pop = property(props, "population", Columns.POPULATION);
      if (pop != null) {
        population = Numbers.parse(pop);
        if (Double.isNaN(population) || population < 0) {
          problems.add(ProblemType.BAD_NUMBER, file, line, "population", pop, "population");
          return null;
        }
      }
    }
    if (code == null || code.isBlank()) {
      problems.add(ProblemType.MISSING_COLUMN, file, line, "area_code", "", "feature property; or one of "
          + String.join(", ", Columns.AREA_CODE));
      return null;
    }
    if (!code.equals(code.strip())) {
      problems.add(ProblemType.CODE_TRIMMED, file, line, "area_code", code, "");
      code = code.strip();
    }
    if (feature.geometryType() == null) {
      problems.add(ProblemType.BAD_GEOMETRY, file, line, "geometry", code, "no geometry");
      return null;
    }
    Geometry g;
    try {
      g = feature.polygons();
    } catch (ParseException | RuntimeException e) {
      problems.add(ProblemType.BAD_GEOJSON, file, line, "geometry", code, String.valueOf(e.getMessage()));
      return null;
    }
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      problems.add(ProblemType.BAD_GEOMETRY, file, line, "geometry", code, g == null ? feature.geometryType()
          : g.getGeometryType());
      return null;
    }
    Envelope e = g.getEnvelopeInternal();
    if (!isLonLat(e) && !(BritishNationalGrid.isGrid(e.getMinX(), e.getMinY())
        && BritishNationalGrid.isGrid(e.getMaxX(), e.getMaxY()))) {
      boolean swapped = BritishNationalGrid.isUkLonLat(e.getMinY(), e.getMinX())
          && BritishNationalGrid.isUkLonLat(e.getMaxY(), e.getMaxX());
      problems.add(swapped ? ProblemType.LAT_LON_SWAPPED : ProblemType.OUTSIDE_UK, file, line, "geometry", code,
          String.format(Locale.ROOT, "extent %.5f,%.5f to %.5f,%.5f", e.getMinX(), e.getMinY(), e.getMaxX(),
              e.getMaxY()));
      return null;
    }
    if (!g.isValid()) {
      Geometry fixed = GeometryFixer.fix(g);
      if (!(fixed instanceof Polygonal) || fixed.isEmpty()) {
        problems.add(ProblemType.BAD_GEOMETRY, file, line, "geometry", code, "invalid and cannot be repaired");
        return null;
      }
      problems.add(ProblemType.POLYGON_REPAIRED, file, line, "geometry", code, "");
      g = fixed;
    }
    Point c = centroid(g);
    return new AreaRecord(code, name, population, c.getX(), c.getY(), g, file, line);
  }

  private static String property(Map<String, String> props, String canonical, List<String> aliases) {
    String found = null;
    int rank = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : props.entrySet()) {
      String k = e.getKey().strip().toLowerCase(Locale.ROOT);
      int r = k.equals(canonical) ? 0 : aliases.indexOf(k) + 1;
      if (r > 0 || k.equals(canonical)) {
        if (r < rank && e.getValue() != null) {
          rank = r;
          found = e.getValue();
        }
      }
    }
    return found;
  }
}
