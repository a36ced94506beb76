package io.footprint.cli;

import io.footprint.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Areas and reference regions read from GeoPackages as ONS publishes them (one layer, British National Grid), made
 * here by GDAL's ogr2ogr from the demo's GeoJSON: the footprints must be the GeoJSON run's.
 */
class GeoPackageInputTest {
  private static final Path DEMO = Path.of("data/demo");

  @TempDir
  Path dir;

  @Test
  void areasFromAGeoPackageInBritishNationalGridGiveTheGeoJsonsFootprints() throws Exception {
    assumeTrue(Fixtures.onPath("ogr2ogr"), "ogr2ogr (Debian gdal-bin) not installed: GeoPackage input skipped");
    Path gpkg = dir.resolve("LSOA_boundaries.gpkg");
    ogr2ogr("-f", "GPKG", gpkg.toString(), DEMO.resolve("areas.geojson").toString(), "-t_srs", "EPSG:27700", "-nln",
        "LSOA_2021_EW_BFE");
    Cli json = propose(DEMO.resolve("areas.geojson"), dir.resolve("json"));
    Cli fromGpkg = propose(gpkg, dir.resolve("gpkg"));
    assertThat(json.code).as(json.toString()).isZero();
    assertThat(fromGpkg.code).as(fromGpkg.toString()).isZero();
    for (String file : List.of("assignments.csv", "footprints.csv", "alignment-senates.csv")) {
      assertThat(Files.readString(dir.resolve("gpkg/cancer").resolve(file))).as(file)
          .isEqualTo(Files.readString(dir.resolve("json/cancer").resolve(file)));
    }
  }

  @Test
  void regionsFromAGeoPackageAndAFileOfSeveralLayersRefusedByName() throws Exception {
    assumeTrue(Fixtures.onPath("ogr2ogr"), "ogr2ogr (Debian gdal-bin) not installed: GeoPackage input skipped");
    Path run = dir.resolve("run");
    assertThat(Cli.run("propose", "--areas", DEMO.resolve("areas.geojson").toString(), "--sites",
        DEMO.resolve("sites.csv").toString(), "--flows", DEMO.resolve("flows.csv.gz").toString(), "--condition",
        "cancer", "--reference", "senates", "--gpkg", "--quiet", "--out", run.toString()).code).isZero();
    Cli several = propose(DEMO.resolve("areas.geojson"), dir.resolve("refused"), "--reference",
        "mine=" + run.resolve("footprints.gpkg"));
    assertThat(several.code).isEqualTo(2);
    assertThat(several.err).contains("footprints.gpkg").contains("4 feature layers (areas, cancer_footprints, senates_regions, sites)")
        .contains("ogr2ogr").doesNotContain("Exception");
    assertThat(dir.resolve("refused")).doesNotExist();

    Path senates = dir.resolve("senates.gpkg");
    ogr2ogr("-f", "GPKG", senates.toString(), run.resolve("footprints.gpkg").toString(), "senates_regions");
    Cli mine = propose(DEMO.resolve("areas.geojson"), dir.resolve("mine"), "--reference", "mine=" + senates);
    assertThat(mine.code).as(mine.toString()).isZero();
    // the built-in senates as polygons: every footprint has the same host and share under either
    assertThat(hosts(dir.resolve("mine/cancer/alignment-mine.csv")))
        .isEqualTo(hosts(run.resolve("cancer/alignment-senates.csv")));
  }

  /** Each footprint's host region, name, share and whether aligned. */
  private static List<String> hosts(Path alignment) throws IOException {
    List<String> lines = Files.readAllLines(alignment);
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      rows.add(f[0] + " " + f[2] + " " + f[4] + " " + f[5]);
    }
    return rows;
  }

  private static Cli propose(Path areas, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", areas.toString(), "--sites",
        DEMO.resolve("sites.csv").toString(), "--flows", DEMO.resolve("flows.csv.gz").toString(), "--condition",
        "cancer", "--quiet", "--out", out.toString()));
    if (more.length == 0) {
      args.addAll(List.of("--reference", "senates"));
    }
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  private static void ogr2ogr(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("ogr2ogr"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as("ogr2ogr " + String.join(" ", args) + "\n" + log).isZero();
  }
}
