package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;

/**
 * Loads a scenario: areas (one or more files merged by code, e.g. a GeoJSON of polygons and a CSV of
 * populations), sites and any number of flow files. Every problem in every file is collected before
 * giving up, so a user fixes them all in one go.
 */
public final class ScenarioLoader {
  private final LoadOptions options;

  public ScenarioLoader(LoadOptions options) {
    this.options = options;
  }

  /**
   * Reads and checks everything.
   *
   * @throws InputException with every fatal problem, if there is any
   */
  public LoadResult load(List<Path> areaFiles, Path siteFile, List<Path> flowFiles) throws InputException {
    return load(areaFiles, siteFile, flowFiles, areas -> { });
  }

  /**
   * Reads and checks everything, handing the areas to {@code areasRead} as soon as they are read and
   * valid, while the flows may still be loading (so work that needs only the areas can start early).
   *
   * @throws InputException with every fatal problem, if there is any
   */
  public LoadResult load(List<Path> areaFiles, Path siteFile, List<Path> flowFiles,
      Consumer<List<Area>> areasRead) throws InputException {
    Problems problems = new Problems();
    List<Path> all = new ArrayList<>(areaFiles);
    all.add(siteFile);
    all.addAll(flowFiles);
    checkReadable(all, problems);
    checkNotGivenTwice(all, problems);
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    // flows are read on a second thread while areas and sites load: they meet by code afterwards
    FlowReader flows = new FlowReader(options.columns(), options.conditions(), options.encoding());
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread th = new Thread(r, "flow-reader");
      th.setDaemon(true);
      return th;
    });
    Future<?> reading = reader.submit(() -> {
      for (Path f : flowFiles) {
        flows.read(f);
      }
    });
    reader.shutdown();
    BritishNationalGrid grid = new BritishNationalGrid();
    List<Area> areas = readAreas(areaFiles, problems, grid);
    if (!problems.hasFatal()) {
      areasRead.accept(areas);
    }
    TreeMap<String, Site> sites = new SiteReader(problems, options.columns(), grid, options.encoding()).read(siteFile);
    try {
      reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading flows", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
    Map<String, Integer> areaIndex = new HashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      areaIndex.put(areas.get(i).code(), i);
    }
    List<Site> siteList = new ArrayList<>(sites.values());
    Map<String, Integer> siteIndex = new HashMap<>();
    for (int i = 0; i < siteList.size(); i++) {
      siteIndex.put(siteList.get(i).code(), i);
    }
    boolean areasOk = !problems.hasFatal();
    long droppedRows = areasOk ? flows.reportUnknown(areaIndex, siteIndex, options.dropUnmatched()) : 0;
    problems.addAll(flows.problems());
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    Map<String, FlowMatrix> matrices = flows.matrices(areaIndex, siteIndex, problems);
    if (problems.hasFatal()) {
      throw new InputException(problems); // a sum that overflowed: its condition has no matrix, not no flows
    }
    checkFlowsDiffer(flowFiles, problems);
    String flowNames = String.join(", ", flowFiles.stream().map(Path::toString).toList());
    for (String c : flows.conditionsSeen()) {
      boolean wanted = options.conditions() == null || options.conditions().contains(c);
      if (wanted && !matrices.containsKey(c)) {
        problems.add(options.conditions() == null ? ProblemType.ZERO_ACTIVITY : ProblemType.NO_FLOWS_FOR_CONDITION,
            flowNames, 0, "condition", c, "every row of it has activity 0, or is suppressed");
      }
    }
    if (options.conditions() != null) {
      for (String c : new TreeSet<>(options.conditions())) {
        if (!matrices.containsKey(c) && !flows.conditionsSeen().contains(c)) {
          problems.add(ProblemType.NO_FLOWS_FOR_CONDITION, flowNames, 0, "condition", c, "conditions present: "
              + String.join(", ", flows.conditionsSeen()));
        }
      }
    } else if (matrices.isEmpty() && !problems.hasFatal()) {
      problems.add(ProblemType.NO_FLOWS_FOR_CONDITION, flowNames, 0, "", "", "the flow files hold no usable activity");
    }
    for (Map.Entry<String, FlowMatrix> e : matrices.entrySet()) {
      if (!anyProvider(e.getValue(), siteList)) {
        problems.add(ProblemType.NO_PROVIDER, siteFile.toString(), 0, "conditions", e.getKey(), "its conditions column "
            + "lists other conditions for every site that treats it: add " + e.getKey() + " to those that provide it, "
            + "or leave the column empty for sites that provide everything they treat");
      }
    }
    Map<String, String> byFolder = new TreeMap<>();
    for (String c : matrices.keySet()) {
      String other = byFolder.putIfAbsent(Conditions.folder(c), c);
      if (other != null) {
        problems.add(ProblemType.FOLDER_CLASH, flowNames, 0, "condition", c, "\"" + other + "\" and \"" + c
            + "\" would both write to " + Conditions.folder(c) + "/; rename one");
      }
    }
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    return new LoadResult(new Scenario(areas, siteList, matrices), problems, flows.rows(), droppedRows,
        flows.droppedActivity());
  }

  private static boolean anyProvider(FlowMatrix m, List<Site> sites) {
    double[] received = m.siteTotals();
    for (int s = 0; s < received.length; s++) {
      if (received[s] > 0 && sites.get(s).provides(m.condition())) {
        return true;
      }
    }
    return false;
  }

  /** Every input must be a file (or a pipe) that can be read; the reason is named when it is not. */
  private static void checkReadable(List<Path> files, Problems problems) {
    for (Path f : files) {
      String why = !Files.exists(f) ? (Files.isSymbolicLink(f) ? "a symbolic link to nothing" : "no such file")
          : Files.isDirectory(f) ? "it is a folder, not a file" : !Files.isReadable(f) ? "permission denied" : null;
      if (why != null) {
        problems.add(ProblemType.UNREADABLE_FILE, f.toString(), 0, "", "", why);
      }
    }
  }

  /** One file given twice (say, the same flows under two spellings of its path) would count its rows twice. */
  private static void checkNotGivenTwice(List<Path> files, Problems problems) {
    Map<Path, Path> seen = new HashMap<>();
    for (Path f : files) {
      Path real;
      try {
        real = f.toRealPath();
      } catch (IOException | RuntimeException e) {
        continue;
      }
      Path before = seen.putIfAbsent(real, f);
      if (before != null) {
        problems.add(ProblemType.DUPLICATE_INPUT, f.toString(), 0, "", "", before.equals(f) ? "given twice"
            : "the same file as " + before);
      }
    }
  }

  /** Two flow files with the same bytes are one file given twice under two names. */
  private static void checkFlowsDiffer(List<Path> files, Problems problems) {
    Map<Long, List<Path>> bySize = new HashMap<>();
    for (Path f : files) {
      try {
        if (!Files.isRegularFile(f)) {
          continue;
        }
        List<Path> same = bySize.computeIfAbsent(Files.size(f), k -> new ArrayList<>());
        for (Path other : same) {
          if (Files.mismatch(other, f) < 0) {
            problems.add(ProblemType.DUPLICATE_INPUT, f.toString(), 0, "", "", "its bytes are those of " + other
                + ": every flow would count twice");
            break;
          }
        }
        same.add(f);
      } catch (IOException e) {
        // unreadable files were reported when they were read
      }
    }
  }

  /** Reads and merges area files; the result is sorted by code. */
  List<Area> readAreas(List<Path> files, Problems problems, BritishNationalGrid grid) {
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
