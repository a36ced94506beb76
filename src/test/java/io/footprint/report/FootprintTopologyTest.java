package io.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import io.footprint.geo.BritishNationalGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


/** The footprints' boundaries: TopoJSON decodes to the GeoJSON; footprints tile the land with no gaps or overlaps. */
class FootprintTopologyTest {
  @TempDir
  Path tmp;

  @Test
  void topoJsonDecodesToTheSamePolygonsAndIsSmaller() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet", "--topojson")).isZero();
    for (String condition : List.of("cancer", "trauma")) {
      Path geo = out.resolve(condition).resolve("footprints.geojson");
      Path topo = out.resolve(condition).resolve("footprints.topojson");
      assertThat(Files.size(topo)).isLessThan(Files.size(geo) * 3 / 4);
      JsonNode t = new ObjectMapper().readTree(topo.toFile());
      double sx = t.get("transform").get("scale").get(0).asDouble();
      double tx = t.get("transform").get("translate").get(0).asDouble();
      double ty = t.get("transform").get("translate").get(1).asDouble();
      List<double[][]> arcs = new ArrayList<>();
      for (JsonNode arc : t.get("arcs")) {
        double[][] pts = new double[arc.size()][];
        long x = 0;
        long y = 0;
        for (int i = 0; i < arc.size(); i++) {
          x += arc.get(i).get(0).asLong();
          y += arc.get(i).get(1).asLong();
          pts[i] = new double[] {tx + x * sx, ty + y * sx};
        }
        arcs.add(pts);
      }
      JsonNode features = new ObjectMapper().readTree(geo.toFile()).get("features");
      JsonNode geometries = t.get("objects").get("footprints").get("geometries");
      assertThat(geometries.size()).isEqualTo(features.size());
      for (int f = 0; f < features.size(); f++) {
        Geometry g = new GeoJsonReader().read(features.get(f).get("geometry").toString());
        JsonNode tg = geometries.get(f);
        List<JsonNode> polygons = new ArrayList<>();
        if (tg.get("type").asText().equals("Polygon")) {
          polygons.add(tg.get("arcs"));
        } else {
          tg.get("arcs").forEach(polygons::add);
        }
        double area = 0;
        for (JsonNode polygon : polygons) {
          for (int r = 0; r < polygon.size(); r++) {
            double ringArea = Math.abs(shoelace(ring(polygon.get(r), arcs)));
            area += r == 0 ? ringArea : -ringArea;
          }
        }
        assertThat(area).as(condition + " footprint " + f).isCloseTo(g.getArea(), within(1e-9));
      }
      if (Fixtures.onPath("ogrinfo")) {
        assertThat(Fixtures.ogrinfo(topo)).contains("Feature Count: " + features.size());
      }
    }
  }

  @Test
  void footprintsTileTheLandWithoutGapsOrOverlaps() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet")).isZero();
    BritishNationalGrid grid = new BritishNationalGrid();
    GeometryFactory gf = new GeometryFactory();
    List<Geometry> areas = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(Path.of("data/demo/areas.geojson").toFile()).get("features")) {
      areas.add(grid.toGrid(new GeoJsonReader().read(f.get("geometry").toString())));
    }
    Geometry land = OverlayNGRobust.union(gf.buildGeometry(areas));
    for (String condition : List.of("cancer", "burns")) {
      List<Geometry> fps = new ArrayList<>();
      STRtree index = new STRtree();
      for (JsonNode f : new ObjectMapper().readTree(out.resolve(condition).resolve("footprints.geojson").toFile())
          .get("features")) {
        Geometry g = grid.toGrid(new GeoJsonReader().read(f.get("geometry").toString()));
        index.insert(g.getEnvelopeInternal(), fps.size());
        fps.add(g);
      }
      Geometry union = OverlayNGRobust.union(gf.buildGeometry(fps));
      // coordinates are rounded to 1e-6 degrees (about 0.1 m), so the union may move by that along the coast
      double gapsAndExcess = OverlayNGRobust.overlay(union, land, OverlayNG
          .SYMDIFFERENCE).getArea();
      assertThat(gapsAndExcess / land.getArea()).as(condition).isLessThan(1e-6);
      for (int i = 0; i < fps.size(); i++) {
        for (Object o : index.query(fps.get(i).getEnvelopeInternal())) {
          int j = (Integer) o;
          if (j > i) {
            double overlap = OverlayNGRobust.overlay(fps.get(i), fps.get(j),
                OverlayNG.INTERSECTION).getArea();
            assertThat(overlap).as(condition + " footprints " + i + " and " + j + " overlap (m2)").isLessThan(1.0);
          }
        }
      }
    }
  }

  private static List<double[]> ring(JsonNode refs, List<double[][]> arcs) {
    List<double[]> pts = new ArrayList<>();
    for (JsonNode ref : refs) {
      int a = ref.asInt();
      double[][] arc = arcs.get(a >= 0 ? a : ~a);
      for (int k = 0; k < arc.length; k++) {
        double[] p = a >= 0 ? arc[k] : arc[arc.length - 1 - k];
        if (!pts.isEmpty() && k == 0) {
          continue; // arcs share their end points
        }
        pts.add(p);
      }
    }
    return pts;
  }

  private static double shoelace(List<double[]> pts) {
    double s = 0;
    for (int i = 0; i + 1 < pts.size(); i++) {
      s += pts.get(i)[0] * pts.get(i + 1)[1] - pts.get(i + 1)[0] * pts.get(i)[1];
    }
    return s / 2;
  }
}
