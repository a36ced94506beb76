package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code propose --bootstrap} end to end: the planted blocks are found again in every resample (every
 * footprint's stability at least 0.95), a grid with no structure is not (stability low), the outputs carry
 * the figures where users look for them, and they do not depend on the number of threads.
 */
class BootstrapRunTest {
  @TempDir
  Path tmp;

  @Test
  void plantedBlocksAreStableOnEveryLayout() throws Exception {
    Random rnd = new Random(11);
    for (int layout = 0; layout < 3; layout++) {
      Path dir = Files.createDirectories(tmp.resolve("layout" + layout));
      PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
      Path out = dir.resolve("out");
      Cli r = propose(dir, out, "--bootstrap", "50");
      assertThat(r.code).as(r.toString()).isZero();
      JsonNode boot = summary(out).get("bootstrap");
      assertThat(boot.get("resamples").asInt()).isEqualTo(50);
      assertThat(boot.get("min_stability").asDouble()).as("layout " + layout + ": " + boot).isGreaterThanOrEqualTo(0.95);
      assertThat(boot.get("footprints").get("p50").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS);
      List<CSVRecord> fps = ScanTest.rows(out.resolve("cancer/footprints.csv"));
      assertThat(fps).hasSize(PlantedBlocksTest.BLOCKS);
      for (CSVRecord f : fps) {
        assertThat(Double.parseDouble(f.get("stability"))).isGreaterThanOrEqualTo(0.95);
      }
      // every area's confidence is a share, and the mean over a footprint's areas is at least its stability's
      // lower bound here: blocks are found whole, so nearly every area stays
      List<CSVRecord> as = ScanTest.rows(out.resolve("cancer/assignments.csv"));
      double sum = 0;
      int n = 0;
      for (CSVRecord a : as) {
        if (a.get("kind").equals("area")) {
          double c = Double.parseDouble(a.get("confidence"));
          assertThat(c).isBetween(0.0, 1.0);
          sum += c;
          n++;
        } else {
          assertThat(a.get("confidence")).isEmpty();
        }
      }
      assertThat(sum / n).isGreaterThan(0.95);
      assertThat(ScanTest.rows(out.resolve("cancer/bootstrap.csv"))).hasSize(50);
      if (layout == 0 && Fixtures.onPath("ogrinfo")) {
        String info = Fixtures.ogrinfo(out.resolve("cancer/areas.geojson"));
        assertThat(info).contains("Feature Count: " + PlantedBlocksTest.SIDE * PlantedBlocksTest.SIDE)
            .contains("confidence: Real").contains("contested: Integer(Boolean)");
        assertThat(Fixtures.ogrinfo(out.resolve("cancer/footprints.geojson"))).contains("stability: Real");
      }
    }
  }

  @Test
  void aGridWithNoStructureIsUnstable() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("uniform"));
    ScanTest.writeUniform(dir, new Random(5));
    Path out = dir.resolve("out");
    Cli r = propose(dir, out, "--bootstrap", "20", "--target", "6");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode boot = summary(out).get("bootstrap");
    double mean = 0;
    for (JsonNode s : boot.get("stability")) {
      mean += s.asDouble() / boot.get("stability").size();
    }
    assertThat(mean).as(boot.toString()).isLessThan(0.75);
    assertThat(boot.get("contested_areas").asInt()).isPositive();
  }

  @Test
  void theSameOutputsOnOneThreadOrThree() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("threads"));
    Random rnd = new Random(4);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    assertThat(propose(dir, one, "--bootstrap", "12", "--threads", "1", "--target", "8").code).isZero();
    assertThat(propose(dir, three, "--bootstrap", "12", "--threads", "3", "--target", "8").code).isZero();
    for (String f : List.of("summary.json", "cancer/assignments.csv", "cancer/footprints.csv", "cancer/bootstrap.csv",
        "cancer/areas.geojson", "cancer/footprints.geojson")) {
      assertThat(Files.readString(three.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
    }
  }

  private static JsonNode summary(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer");
  }

  private static Cli propose(Path dir, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
        "--quiet", "--out", out.toString()));
    args.addAll(Stream.of(more).toList());
    return Cli.run(args.toArray(new String[0]));
  }
}
