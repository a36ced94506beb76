package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footprint.Fixtures;
import io.footprint.model.Area;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaReaderTest {
  @TempDir
  Path dir;

  private static String feature(String code, String coords, String extra) {
    return "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"" + code + "\"" + extra + "},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + coords + "]}}";
  }

  private static String square(double x, double y, double d) {
    return "[[" + x + "," + y + "],[" + (x + d) + "," + y + "],[" + (x + d) + "," + (y + d) + "],[" + x + ","
        + (y + d) + "],[" + x + "," + y + "]]";
  }

  private List<Area> read(String geojson, Problems problems) throws Exception {
    Path p = Fixtures.write(dir, "areas.geojson", geojson);
    return AreaMerger.read(List.of(p), problems, new BritishNationalGrid(), LoadOptions.defaults());
  }

  @Test
  void readsPolygonsWithPopulation() throws Exception {
    Problems p = new Problems();
    List<Area> areas = read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("E1", square(-1.9, 52.4, 0.02),
        ",\"population\":100") + "]}", p);
    assertThat(p.hasFatal()).isFalse();
    assertThat(areas).hasSize(1);
    assertThat(areas.get(0).lon()).isCloseTo(-1.89, within(1e-9));
    assertThat(areas.get(0).population()).isEqualTo(100);
  }

  @Test
  void gridMetresAreConverted() throws Exception {
    Problems p = new Problems();
    List<Area> areas = read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("E1",
        square(406000, 286000, 1000), ",\"population\":1") + "]}", p);
    assertThat(p.hasFatal()).isFalse();
    assertThat(areas.get(0).lat()).isCloseTo(52.48, within(0.01));
  }

  @Test
  void selfIntersectingPolygonIsRepairedAndReported() throws Exception {
    Problems p = new Problems();
    String bowtie = "[[-1.9,52.4],[-1.88,52.42],[-1.88,52.4],[-1.9,52.42],[-1.9,52.4]]";
    List<Area> areas = read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("E1", bowtie,
        ",\"population\":1") + "]}", p);
    assertThat(p.warningCount(ProblemType.POLYGON_REPAIRED)).isEqualTo(1);
    assertThat(areas.get(0).geometry().isValid()).isTrue();
  }

  @Test
  void notAFeatureCollectionMixedCrsAndPointsAreErrors() throws Exception {
    Problems p1 = new Problems();
    read("{\"type\":\"Feature\",\"properties\":{}}", p1);
    assertThat(p1.lines()).anyMatch(l -> l.contains("expected a FeatureCollection"));
    Problems p2 = new Problems();
    read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("E1", square(-1.9, 52.4, 0.02), ",\"population\":1")
        + "," + feature("E2", square(406000, 286000, 1000), ",\"population\":1") + "]}", p2);
    assertThat(p2.lines()).anyMatch(l -> l.contains("mix WGS84 degrees and British National Grid"));
    Problems p3 = new Problems();
    read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"area_code\":\"E1\"},"
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-1.9,52.4]}}]}", p3);
    assertThat(p3.lines()).anyMatch(l -> l.contains("areas.geojson:1: column geometry: value \"E1\": geometry is not a Polygon"));
    Problems p4 = new Problems();
    read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("E1", square(52.4, -1.9, 0.02), "") + "]}", p4);
    assertThat(p4.lines()).anyMatch(l -> l.contains("latitude and longitude look swapped"));
    Problems p5 = new Problems();
    read("{\"type\":\"FeatureCollection\",\"features\":[", p5);
    assertThat(p5.lines()).anyMatch(l -> l.contains("invalid GeoJSON"));
  }

  @Test
  void polygonsAndCsvMergeByCode() throws Exception {
    Path g = Fixtures.write(dir, "a.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
        + feature("E1", square(-1.9, 52.4, 0.02), "") + "," + feature("E2", square(-1.88, 52.4, 0.02), "") + "]}");
    Path c = Fixtures.write(dir, "a.csv", "area_code,population\nE1,5\nE2,6\n");
    Problems p = new Problems();
    List<Area> areas = AreaMerger.read(List.of(g, c), p, new BritishNationalGrid(), LoadOptions.defaults());
    assertThat(p.hasFatal()).isFalse();
    assertThat(areas).extracting(Area::population).containsExactly(5.0, 6.0);
    assertThat(areas).allMatch(Area::hasGeometry);
    Path c2 = Fixtures.write(dir, "b.csv", "area_code,population\nE1,5\nE3,6\n");
    Problems q = new Problems();
    AreaMerger.read(List.of(g, c2), q, new BritishNationalGrid(), new LoadOptions(Map.of(), null, false));
    assertThat(q.lines()).anyMatch(l -> l.contains("\"E3\": area has no polygon"));
  }
}
