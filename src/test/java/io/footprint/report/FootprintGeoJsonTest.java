package io.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


/** The GeoJSON of a demo run read back by hand and by GDAL, as QGIS users will read it. */
class FootprintGeoJsonTest {
  @TempDir
  Path dir;

  @Test
  void rfc7946AndAcceptedByOgrinfo() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet", "--method", "plurality"))
        .isZero();
    for (String condition : new String[] {"cancer", "burns", "neonatal"}) {
      Path file = out.resolve(condition).resolve("footprints.geojson");
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
      assertThat(root.has("crs")).isFalse();
      for (JsonNode f : root.get("features")) {
        JsonNode props = f.get("properties");
        for (String key : new String[] {"footprint", "condition", "population", "sites", "localisation",
            "market_share", "senate", "senate_share", "ahsn", "ahsn_share"}) {
          assertThat(props.has(key)).as(key).isTrue();
        }
        assertThat(props.get("fill").asText()).matches("#[0-9a-f]{6}");
        assertThat(props.get("title").asText()).startsWith(props.get("footprint").asText() + ": ");
        JsonNode g = f.get("geometry");
        assertThat(g.get("type").asText()).as("every footprint a MultiPolygon").isEqualTo("MultiPolygon");
        JsonNode polygons = g.get("type").asText().equals("Polygon") ? new ObjectMapper().createArrayNode()
            .add(g.get("coordinates")) : g.get("coordinates");
        for (JsonNode polygon : polygons) {
          for (int r = 0; r < polygon.size(); r++) {
            JsonNode ring = polygon.get(r);
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < cs.length; i++) {
              double lon = ring.get(i).get(0).asDouble();
              double lat = ring.get(i).get(1).asDouble();
              assertThat(ring.get(i).get(0).asText().replaceFirst("^-?\\d+\\.?", "").length()).isLessThanOrEqualTo(6);
              assertThat(lon).isBetween(-8.0, 2.0);
              assertThat(lat).isBetween(49.5, 61.0);
              cs[i] = new Coordinate(lon, lat);
            }
            assertThat(Orientation.isCCW(cs)).as("exterior rings counter-clockwise, holes clockwise")
                .isEqualTo(r == 0);
          }
        }
      }
      // the QGIS style beside it: well-formed XML, one category per footprint, labelled by footprint
      org.w3c.dom.Document qml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(file.resolveSibling("footprints.qml").toFile());
      assertThat(qml.getElementsByTagName("category").getLength()).isEqualTo(root.get("features").size());
      assertThat(((org.w3c.dom.Element) qml.getElementsByTagName("text-style").item(0)).getAttribute("fieldName"))
          .isEqualTo("footprint");
      if (Fixtures.onPath("ogrinfo")) {
        String info = Fixtures.ogrinfo(file);
        assertThat(info).contains("Feature Count: " + root.get("features").size()).contains("Geometry: Multi Polygon");
      }
    }
    assumeTrue(Fixtures.onPath("ogrinfo"), "ogrinfo (Debian gdal-bin) not installed: GDAL check skipped");
  }
}
