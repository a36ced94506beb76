package io.footprint;

import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Small hand-built scenarios whose answers can be worked out on paper. */
public final class Fixtures {
  public static final double LON0 = -1.9;
  public static final double LAT0 = 52.4;
  public static final double STEP = 0.02;
  private static final GeometryFactory GF = new GeometryFactory();

  private Fixtures() {}

  /** Area code of grid cell (row, col): "A" + row + col, two digits each, so code order is row-major. */
  public static String code(int row, int col) {
    return String.format("A%02d%02d", row, col);
  }

  /** A rows x cols grid of unit squares near Birmingham, each with the given population. */
  public static List<Area> grid(int rows, int cols, double population) {
    List<Area> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double x = LON0 + c * STEP;
        double y = LAT0 - r * STEP;
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + STEP, y), new Coordinate(x + STEP, y - STEP),
            new Coordinate(x, y - STEP), new Coordinate(x, y)};
        out.add(new Area(code(r, c), code(r, c), population, x + STEP / 2, y - STEP / 2, GF.createPolygon(ring)));
      }
    }
    return out;
  }

  public static Site site(String code, double lon, double lat) {
    return new Site(code, code, code, code, lon, lat, Set.of());
  }

  /** A scenario from areas, sites and a dense activity matrix [area][site] for one condition. */
  public static Scenario scenario(List<Area> areas, List<Site> sites, String condition, double[][] activity) {
    int[] rowStart = new int[areas.size() + 1];
    List<Integer> site = new ArrayList<>();
    List<Double> act = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      for (int s = 0; s < sites.size(); s++) {
        if (activity[a][s] > 0) {
          site.add(s);
          act.add(activity[a][s]);
        }
      }
      rowStart[a + 1] = site.size();
    }
    FlowMatrix m = new FlowMatrix(condition, sites.size(), rowStart, site.stream().mapToInt(i -> i).toArray(),
        act.stream().mapToDouble(d -> d).toArray());
    Map<String, FlowMatrix> flows = new TreeMap<>();
    flows.put(condition, m);
    return new Scenario(areas, sites, flows);
  }

  public static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Where the shared England test bed lives, or null (tests then skip with a message). */
  public static Path england() {
    for (String s : new String[] {"../shared/data/england", "../../shared/data/england"}) {
      Path p = Path.of(s);
      if (Files.isRegularFile(p.resolve("flows.csv"))) {
        return p;
      }
    }
    return null;
  }

  /** Whether a command is on the PATH. */
  public static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** One layer's block of {@code ogrinfo -al -so}'s output; fails the test when the layer is not listed. */
  public static String ogrinfoLayer(String info, String layer) {
    int at = info.indexOf("Layer name: " + layer + "\n");
    if (at < 0) {
      throw new AssertionError("ogrinfo does not list the layer " + layer + ":\n" + info);
    }
    int next = info.indexOf("Layer name: ", at + 1);
    return next < 0 ? info.substring(at) : info.substring(at, next);
  }

  /** Runs {@code ogrinfo -al -so FILE}; returns its output, or throws if it failed. */
  public static String ogrinfo(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0 || out.contains("ERROR") || out.contains("FAILURE")) {
      throw new AssertionError("ogrinfo rejected " + file + ":\n" + out);
    }
    return out;
  }
}
