package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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
    InputChecks.readable(all, problems);
    InputChecks.notGivenTwice(all, problems);
    failIfFatal(problems);
    // flows are read on a second thread while areas and sites load: they meet by code afterwards
    FlowReader flows = new FlowReader(options.columns(), options.conditions(), options.encoding());
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread th = new Thread(r, "flow-reader");
      th.setDaemon(true);
      return th;
    });
    Future<?> reading = reader.submit(() -> flowFiles.forEach(flows::read));
    reader.shutdown();
    BritishNationalGrid grid = new BritishNationalGrid();
    List<Area> areas = AreaMerger.read(areaFiles, problems, grid, options);
    if (!problems.hasFatal()) {
      areasRead.accept(areas);
    }
    List<Site> sites = new ArrayList<>(new SiteReader(problems, options.columns(), grid, options.encoding())
        .read(siteFile).values());
    await(reading);
    Map<String, Integer> areaIndex = index(areas.stream().map(Area::code).toList());
    Map<String, Integer> siteIndex = index(sites.stream().map(Site::code).toList());
    long droppedRows = problems.hasFatal() ? 0 : flows.reportUnknown(areaIndex, siteIndex, options.dropUnmatched());
    problems.addAll(flows.problems());
    failIfFatal(problems);
    Map<String, FlowMatrix> matrices = flows.matrices(areaIndex, siteIndex, problems);
    failIfFatal(problems); // a sum that overflowed: its condition has no matrix, not no flows
    InputChecks.flowsDiffer(flowFiles, problems);
    String flowNames = String.join(", ", flowFiles.stream().map(Path::toString).toList());
    InputChecks.conditions(options.conditions(), flows.conditionsSeen(), matrices, flowNames, problems);
    InputChecks.providersAndFolders(matrices, sites, siteFile.toString(), flowNames, problems);
    failIfFatal(problems);
    return new LoadResult(new Scenario(areas, sites, matrices), problems, flows.rows(), droppedRows,
        flows.droppedActivity());
  }

  /**
   * Reads and checks the areas alone (for what needs no flows: comparing two partitions of them).
   *
   * @throws InputException with every fatal problem, if there is any
   */
  public LoadResult loadAreas(List<Path> areaFiles) throws InputException {
    Problems problems = new Problems();
    InputChecks.readable(areaFiles, problems);
    InputChecks.notGivenTwice(areaFiles, problems);
    failIfFatal(problems);
    List<Area> areas = AreaMerger.read(areaFiles, problems, new BritishNationalGrid(), options);
    failIfFatal(problems);
    return new LoadResult(new Scenario(areas, List.of(), Map.of()), problems, 0, 0, 0);
  }

  private static void failIfFatal(Problems problems) throws InputException {
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
  }

  private static Map<String, Integer> index(List<String> codes) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      m.put(codes.get(i), i);
    }
    return m;
  }

  private static void await(Future<?> reading) {
    try {
      reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading flows", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
