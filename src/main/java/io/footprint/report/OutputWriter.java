package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.model.Conditions;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every output of a run into an {@link OutputDirectory} and commits it: the summary, report,
 * agreement and warnings, and each condition's folder, on several threads (each file is written by
 * one task; the outputs do not depend on the number of threads).
 */
public final class OutputWriter {
  private OutputWriter() {}

  /**
   * The outputs asked for beyond the contract's.
   *
   * @param topoJson each condition's {@code footprints.topojson}
   * @param geoPackage {@code footprints.gpkg}, every layer of the run in one GeoPackage
   */
  public record Formats(boolean topoJson, boolean geoPackage) {
    public static final Formats CONTRACT = new Formats(false, false);
  }

  /**
   * @param version footprint's version, written into the summary, the report and the marker
   * @param checksums the SHA-256 of the run's input files, for the report ({@link InputChecksums#start} with the
   *     run's {@link RunResult#inputs})
   */
  public static void write(RunResult run, OutputDirectory dir, String version, Formats formats, int threads,
      InputChecksums checksums) throws IOException, OutputDirectory.Refused {
    boolean topoJson = formats.topoJson();
    LocalDate day = RunDate.of(System.getenv());
    // the report's sections, most of its work, are queued first, one task each, so that the stage does not end
    // on them; its page is put together by the last task, once they are drawn: the pool takes its tasks in the
    // order queued, so that task finds them drawn or being drawn
    HtmlReport report = new HtmlReport(run, day);
    List<Future<?>> sections = new ArrayList<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    tasks.add(() -> {
      SummaryJson.write(run, version, dir.resolve("summary.json"));
      Tables.conditionAgreement(run, dir.resolve("condition-agreement.csv"));
      Tables.warnings(run.problems(), dir.resolve("warnings.csv"));
      return null;
    });
    if (formats.geoPackage()) {
      tasks.add(() -> {
        FootprintGeoPackage.write(run, dir.resolve("footprints.gpkg"), RunDate.timestamp(day));
        return null;
      });
    }
    for (ConditionResult c : run.conditions()) {
      tasks.add(() -> {
        writeCondition(c, run, dir, topoJson);
        return null;
      });
    }
    tasks.add(() -> {
      for (Future<?> f : sections) {
        f.get();
      }
      report.write(version, checksums, dir.resolve("report.html"));
      return null;
    });
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
    try {
      for (int i = 0; i < run.conditions().size(); i++) {
        int section = i;
        sections.add(pool.submit(() -> report.drawSection(section)));
      }
      List<Future<?>> running = new ArrayList<>(sections);
      tasks.forEach(task -> running.add(pool.submit(task)));
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the outputs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    dir.commit();
  }

  private static void writeCondition(ConditionResult c, RunResult run, OutputDirectory dir, boolean topoJson)
      throws IOException {
    String d = Conditions.folder(c.condition()) + "/";
    String[] colours = FootprintColours.hex(c.proposal(), run.adjacency());
    FootprintGeoJson.write(c, run.scenario(), dir.resolve(d + "footprints.geojson"), colours);
    QgisStyle.write(c, colours, dir.resolve(d + "footprints.qml"));
    if (topoJson) {
      FootprintTopoJson.write(c, run.scenario(), colours, dir.resolve(d + "footprints.topojson"));
    }
    Tables.assignments(c.proposal(), run.scenario(), c.bootstrap(), dir.resolve(d + "assignments.csv"));
    if (c.refinement() != null) {
      Tables.refine(c, run.scenario(), dir.resolve(d + "refine.csv"));
    }
    if (c.bootstrap() != null) {
      Tables.bootstrap(c.bootstrap(), dir.resolve(d + "bootstrap.csv"));
      if (run.scenario().allAreasHaveGeometry()) {
        FootprintGeoJson.writeAreas(c, run.scenario(), dir.resolve(d + "areas.geojson"));
      }
    }
    Tables.footprints(c, run.scenario(), dir.resolve(d + "footprints.csv"));
    Tables.variation(c, dir.resolve(d + "variation.csv"));
    if (!c.relationships().isEmpty()) {
      Tables.relationships(c, run.scenario(), dir.resolve(d + "relationships.csv"));
    }
    for (AlignmentResult a : c.alignments()) {
      Tables.alignment(c, a, dir.resolve(d + "alignment-" + a.reference() + ".csv"));
      Tables.regions(a, dir.resolve(d + "regions-" + a.reference() + ".csv"));
      Tables.outside(a, run.scenario(), run.scenario().flows(c.condition()).areaTotals(),
          dir.resolve(d + "outside-" + a.reference() + ".csv"));
    }
    for (ConditionResult.Realignment ra : c.realignments()) {
      Tables.realignment(ra, run.scenario(), dir.resolve(d + "realignment-" + ra.reference() + ".csv"));
      if (ra.proposal() != null) {
        String rd = d + "realigned-" + ra.reference() + "/";
        ConditionResult rc = ra.proposal();
        FootprintGeoJson.write(rc, run.scenario(), dir.resolve(rd + "footprints.geojson"));
        Tables.assignments(rc.proposal(), run.scenario(), dir.resolve(rd + "assignments.csv"));
        Tables.footprints(rc, run.scenario(), dir.resolve(rd + "footprints.csv"));
        Tables.alignment(rc, ra.alignedAfter(), dir.resolve(rd + "alignment-" + ra.reference() + ".csv"));
      }
    }
  }
}
