package io.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import io.footprint.geo.BritishNationalGrid;
import io.footprint.geo.GeoPackageGeometry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code --gpkg} read back by GDAL (as QGIS reads it) and, feature by feature, against the GeoJSON. */
class FootprintGeoPackageTest {
  @TempDir
  Path dir;

  @Test
  void everyLayerAsGdalReadsItAndTheFootprintsAsTheGeoJsonHasThem() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet", "--gpkg")).isZero();
    Path gpkg = out.resolve("footprints.gpkg");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions");
    int sites = (int) Files.lines(Path.of("data/demo/sites.csv")).count() - 1;
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
      for (Iterator<String> it = summary.fieldNames(); it.hasNext(); ) {
        String condition = it.next();
        String layer = condition + "_footprints";
        Map<String, Map<String, Object>> fromGpkg = new HashMap<>();
        Map<String, Geometry> geometries = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + layer)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, Object> row = new HashMap<>();
            for (int k = 1; k <= md.getColumnCount(); k++) {
              row.put(md.getColumnName(k), rs.getObject(k));
            }
            byte[] blob = rs.getBytes("geom");
            assertThat(GeoPackageGeometry.srsId(blob)).isEqualTo(27700);
            geometries.put(rs.getString("footprint"), GeoPackageGeometry.decode(blob, new GeometryFactory()));
            fromGpkg.put(rs.getString("footprint"), row);
          }
        }
        JsonNode geojson = new ObjectMapper().readTree(out.resolve(condition).resolve("footprints.geojson").toFile());
        assertThat(fromGpkg).hasSize(geojson.get("features").size()).hasSize(summary.get(condition).get("footprints")
            .asInt());
        BritishNationalGrid grid = new BritishNationalGrid();
        for (JsonNode feature : geojson.get("features")) {
          JsonNode props = feature.get("properties");
          Map<String, Object> row = fromGpkg.get(props.get("footprint").asText());
          assertThat(row).as(layer + " " + props.get("footprint")).isNotNull();
          for (Iterator<Map.Entry<String, JsonNode>> p = props.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> e = p.next();
            if (Set.of("title", "fill", "fill-opacity", "stroke", "stroke-width").contains(e.getKey())) {
              continue; // simplestyle: the GeoPackage's style is in layer_styles
            }
            assertThat(row).as(layer + " has " + e.getKey()).containsKey(e.getKey());
            Object v = row.get(e.getKey());
            JsonNode j = e.getValue();
            String what = layer + " " + props.get("footprint").asText() + " " + e.getKey();
            if (j.isNull()) {
              assertThat(v).as(what).isNull();
            } else if (j.isBoolean()) {
              assertThat(((Number) v).intValue()).as(what).isEqualTo(j.asBoolean() ? 1 : 0);
            } else if (j.isNumber()) {
              assertThat(((Number) v).doubleValue()).as(what).isEqualTo(j.asDouble());
            } else {
              assertThat(v).as(what).isEqualTo(j.asText());
            }
          }
          assertThat(row.keySet()).as("no field the GeoJSON lacks").allMatch(k -> k.equals("fid") || k.equals("geom")
              || props.has(k));
          Geometry fromJson = grid.toGrid(new GeoJsonReader().read(feature.get("geometry").toString()));
          Geometry stored = geometries.get(props.get("footprint").asText());
          assertThat(stored.getGeometryType()).isEqualTo("MultiPolygon");
          assertThat(stored.getArea()).as(layer + " area, square metres").isCloseTo(fromJson.getArea(),
              within(fromJson.getArea() * 1e-6));
        }
      }
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM layer_styles "
          + "WHERE useAsDefault = 1 AND f_table_name LIKE '%_footprints' AND styleQML LIKE '<qgis%'")) {
        assertThat(rs.getInt(1)).as("a default QGIS style per footprint layer").isEqualTo(summary.size());
      }
    }
    assumeTrue(Fixtures.onPath("ogrinfo"), "ogrinfo (Debian gdal-bin) not installed: GDAL check skipped");
    String info = Fixtures.ogrinfo(gpkg);
    assertThat(info).doesNotContain("Warning");
    for (Iterator<String> it = summary.fieldNames(); it.hasNext(); ) {
      String condition = it.next();
      assertThat(Fixtures.ogrinfoLayer(info, condition + "_footprints")).contains("Geometry: Multi Polygon")
          .contains("Feature Count: " + summary.get(condition).get("footprints").asInt()).contains("ID[\"EPSG\",27700]]");
    }
    assertThat(Fixtures.ogrinfoLayer(info, "areas")).contains("Geometry: Multi Polygon").contains("Feature Count: 2500")
        .contains("ID[\"EPSG\",27700]]").contains("cancer: String");
    assertThat(Fixtures.ogrinfoLayer(info, "sites")).contains("Geometry: Point").contains("Feature Count: " + sites)
        .contains("roles: String");
    assertThat(Fixtures.ogrinfoLayer(info, "senates_regions")).contains("Geometry: Multi Polygon").contains("Feature Count: 12");
    assertThat(Fixtures.ogrinfoLayer(info, "ahsns_regions")).contains("Geometry: Multi Polygon").contains("Feature Count: 15");
  }

  @Test
  void sameBytesWhateverTheThreads() throws Exception {
    assertThat(CliAccess.run("run", "--out", dir.resolve("a").toString(), "--quiet", "--gpkg", "--threads", "1"))
        .isZero();
    assertThat(CliAccess.run("run", "--out", dir.resolve("b").toString(), "--quiet", "--gpkg", "--threads", "3"))
        .isZero();
    assertThat(Files.mismatch(dir.resolve("a/footprints.gpkg"), dir.resolve("b/footprints.gpkg"))).isEqualTo(-1);
  }

}
