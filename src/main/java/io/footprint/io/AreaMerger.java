package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas read from one or more files and merged by code (polygons from a GeoJSON, populations and
 * centroids from a CSV): a code's records must agree where they overlap, every area needs a
 * population and a location, and with polygons every area must have one.
 */
final class AreaMerger {
  private AreaMerger() {}

  /** Reads and merges area files; the result is sorted by code. */
  static List<Area> read(List<Path> files, Problems problems, BritishNationalGrid grid, LoadOptions options) {
    AreaReader reader = new AreaReader(problems, options.columns(), grid, options.encoding());
    TreeMap<String, List<AreaRecord>> byCode = new TreeMap<>();
    Set<String> filesWithPolygons = new TreeSet<>();
    Set<String> filesWithout = new TreeSet<>();
    Map<String, Set<String>> codesByFile = new TreeMap<>();
    for (Path f : files) {
      Set<String> seen = new TreeSet<>();
      for (AreaRecord r : reader.read(f)) {
        byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
        seen.add(r.code());
        (r.geometry() != null ? filesWithPolygons : filesWithout).add(r.file());
      }
      codesByFile.put(f.toString(), seen);
    }
    List<Area> areas = new ArrayList<>(byCode.size());
    long missingPopulation = 0;
    long missingLocation = 0;
    for (Map.Entry<String, List<AreaRecord>> e : byCode.entrySet()) {
      Area a = merge(e.getKey(), e.getValue(), problems);
      if (a == null) {
        continue;
      }
      if (Double.isNaN(a.population())) {
        if (missingPopulation++ == 0) {
          problems.add(ProblemType.MISSING_COLUMN, e.getValue().get(0).file(), e.getValue().get(0).line(),
              "population", a.code(), "no file gives this area a population; add a population column or property, "
                  + "or pass a CSV with populations as another --areas");
        }
        continue;
      }
      if (Double.isNaN(a.lon())) {
        if (missingLocation++ == 0) {
          problems.add(ProblemType.MISSING_COLUMN, e.getValue().get(0).file(), e.getValue().get(0).line(),
              "lat, lon", a.code(), "no file locates this area: give lat/lon or easting/northing, or polygons");
        }
        continue;
      }
      if (a.population() == 0) {
        problems.add(ProblemType.ZERO_POPULATION, e.getValue().get(0).file(), e.getValue().get(0).line(),
            "population", a.code(), "");
      }
      areas.add(a);
    }
    if (!filesWithPolygons.isEmpty()) {
      checkPolygonCoverage(codesByFile, filesWithPolygons, problems);
    }
    return areas;
  }

  private static void checkPolygonCoverage(Map<String, Set<String>> codesByFile, Set<String> polygonFiles,
      Problems problems) {
    Set<String> withPolygon = new TreeSet<>();
    for (String f : polygonFiles) {
      withPolygon.addAll(codesByFile.get(f));
    }
    codesByFile.forEach((file, codes) -> {
      if (!polygonFiles.contains(file)) {
        for (String c : codes) {
          if (!withPolygon.contains(c)) {
            problems.add(ProblemType.AREA_WITHOUT_POLYGON, file, 0, "area_code", c, "");
          }
        }
        for (String c : withPolygon) {
          if (!codes.contains(c)) {
            problems.add(ProblemType.POLYGON_WITHOUT_AREA, String.join(", ", polygonFiles), 0, "area_code", c,
                "not in " + file);
          }
        }
      }
    });
  }

  private static Area merge(String code, List<AreaRecord> records, Problems problems) {
    String name = null;
    double population = Double.NaN;
    double lon = Double.NaN;
    double lat = Double.NaN;
    Geometry geometry = null;
    AreaRecord popFrom = null;
    AreaRecord pointFrom = null;
    AreaRecord geomFrom = null;
    boolean ok = true;
    for (AreaRecord r : records) {
      if (name == null && r.name() != null) {
        name = r.name();
      }
      if (!Double.isNaN(r.population())) {
        if (popFrom == null) {
          population = r.population();
          popFrom = r;
        } else if (population != r.population()) {
          problems.add(ProblemType.DUPLICATE_CODE, r.file(), r.line(), "population", code, "population "
              + r.population() + " here, " + population + " at " + popFrom.file() + ":" + popFrom.line());
          ok = false;
        } else if (popFrom.file().equals(r.file())) {
          problems.add(ProblemType.DUPLICATE_ROW, r.file(), r.line(), "area_code", code, "");
        }
      }
      if (r.geometry() != null) {
        if (geomFrom == null) {
          geometry = r.geometry();
          geomFrom = r;
        } else if (!geometry.equalsExact(r.geometry())) {
          problems.add(ProblemType.DUPLICATE_CODE, r.file(), r.line(), "geometry", code, "two different polygons, "
              + "the other at " + geomFrom.file() + ":" + geomFrom.line());
          ok = false;
        }
      } else if (!Double.isNaN(r.lon())) {
        if (pointFrom == null) {
          lon = r.lon();
          lat = r.lat();
          pointFrom = r;
        } else if (lon != r.lon() || lat != r.lat()) {
          problems.add(ProblemType.DUPLICATE_CODE, r.file(), r.line(), "lat, lon", code, "another point at "
              + pointFrom.file() + ":" + pointFrom.line());
          ok = false;
        }
      }
    }
    if (!ok) {
      return null;
    }
    if (pointFrom == null && geomFrom != null) {
      lon = geomFrom.lon();
      lat = geomFrom.lat();
    }
    return new Area(code, name == null ? code : name, population, lon, lat, geometry);
  }
}
