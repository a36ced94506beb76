package io.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every map layer a run can write (footprints, bootstrap areas, realigned footprints, TopoJSON, each GeoPackage
 * layer), read by GDAL's {@code ogrinfo -al -so} as QGIS reads it: one geometry type per layer, MultiPolygon for
 * polygons; WGS 84 for the GeoJSON (TopoJSON has no CRS member: its extent is lon/lat), British National Grid for the
 * GeoPackage; and the feature count
 * the file itself holds.
 */
class EveryLayerByGdalTest {
  @TempDir
  Path dir;

  @Test
  void everyGeoJsonTopoJsonAndGeoPackageLayer() throws Exception {
    assumeTrue(Fixtures.onPath("ogrinfo"), "ogrinfo (Debian gdal-bin) not installed: GDAL check skipped");
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("propose", "--areas", "data/demo/areas.geojson", "--sites", "data/demo/sites.csv",
        "--flows", "data/demo/flows.csv.gz", "--condition", "cancer", "--condition", "trauma", "--reference",
        "senates", "--reference", "ahsns", "--realign", "--bootstrap", "5", "--topojson", "--gpkg", "--quiet",
        "--out", out.toString())).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(p -> p.toString().matches(".*\\.(geojson|topojson|gpkg)$")).sorted().toList();
    }
    assertThat(files).hasSize(11); // per condition 2 GeoJSON, 2 realigned, 1 TopoJSON; and the GeoPackage
    ObjectMapper json = new ObjectMapper();
    for (Path f : files) {
      String info = Fixtures.ogrinfo(f);
      String name = f.getFileName().toString();
      if (name.endsWith(".geojson")) {
        JsonNode features = json.readTree(f.toFile()).get("features");
        assertThat(info).as(out.relativize(f).toString()).contains("Geometry: Multi Polygon")
            .contains("Feature Count: " + features.size()).contains("GEOGCRS[\"WGS 84\"");
        features.forEach(x -> assertThat(x.get("geometry").get("type").asText()).isEqualTo("MultiPolygon"));
      } else if (name.endsWith(".topojson")) {
        int n = json.readTree(f.toFile()).get("objects").get("footprints").get("geometries").size();
        // TopoJSON states no CRS (GDAL reads "(unknown)"): its coordinates must be lon/lat all the same
        assertThat(info).as(out.relativize(f).toString()).contains("Geometry: Multi Polygon")
            .contains("Feature Count: " + n);
        java.util.regex.Matcher extent = java.util.regex.Pattern.compile("Extent: \\((-?[\\d.]+), (-?[\\d.]+)\\) - "
            + "\\((-?[\\d.]+), (-?[\\d.]+)\\)").matcher(info);
        assertThat(extent.find()).isTrue();
        assertThat(Double.parseDouble(extent.group(1))).isBetween(-8.0, 2.0);
        assertThat(Double.parseDouble(extent.group(2))).isBetween(49.5, 61.0);
        assertThat(Double.parseDouble(extent.group(3))).isBetween(-8.0, 2.0);
        assertThat(Double.parseDouble(extent.group(4))).isBetween(49.5, 61.0);
      } else {
        Map<String, String[]> layers = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + f);
            Statement s = db.createStatement();
            ResultSet rs = s.executeQuery("SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) {
          while (rs.next()) {
            layers.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
          }
          for (Map.Entry<String, String[]> e : layers.entrySet()) {
            try (Statement c = db.createStatement();
                ResultSet n = c.executeQuery("SELECT count(*) FROM \"" + e.getKey() + "\"")) {
              String block = Fixtures.ogrinfoLayer(info, e.getKey());
              assertThat(block).as(e.getKey())
                  .contains("Geometry: " + (e.getValue()[0].equals("POINT") ? "Point" : "Multi Polygon"))
                  .contains("Feature Count: " + n.getInt(1)).contains("ID[\"EPSG\",27700]]");
              assertThat(e.getValue()[1]).isEqualTo("27700");
            }
          }
        }
        assertThat(layers.keySet()).containsExactly("cancer_footprints", "trauma_footprints", "areas", "sites",
            "senates_regions", "ahsns_regions");
        assertThat(Fixtures.ogrinfoLayer(info, "areas")).contains("cancer_confidence: Real").contains("trauma_contested: Integer(Boolean)");
      }
    }
  }
}
