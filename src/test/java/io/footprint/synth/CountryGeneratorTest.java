package io.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.geo.BritishNationalGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

/** The synthetic country's promises, checked on the files it writes. */
class CountryGeneratorTest {
  static final int AREAS = 800;
  @TempDir
  static Path tmp;
  static Path dir;
  static CountryGenerator.Summary summary;

  @BeforeAll
  static void generate() throws IOException {
    dir = tmp.resolve("country");
    summary = new CountryGenerator(AREAS, 5).writeTo(dir);
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve(file));
    for (String l : lines.subList(1, lines.size())) {
      out.add(l.split(",", -1));
    }
    return out;
  }

  /** The areas tile the land: their polygons' areas add up to their union's, which has no holes. */
  @Test
  void areasTileTheLandWithoutGapsOrOverlaps() throws Exception {
    JsonNode features = new ObjectMapper().readTree(dir.resolve("areas.geojson").toFile()).get("features");
    assertThat(features).hasSize(AREAS);
    BritishNationalGrid grid = new BritishNationalGrid();
    GeoJsonReader reader = new GeoJsonReader();
    List<Polygon> cells = new ArrayList<>();
    double sum = 0;
    Set<String> codes = new HashSet<>();
    for (JsonNode f : features) {
      Geometry g = grid.toGrid(reader.read(f.get("geometry").toString()));
      for (int i = 0; i < g.getNumGeometries(); i++) {
        cells.add((Polygon) g.getGeometryN(i));
      }
      sum += g.getArea();
      assertThat(codes.add(f.get("properties").get("area_code").asText())).isTrue();
    }
    Geometry union = CoverageUnion.union(new GeometryFactory().createMultiPolygon(cells.toArray(new Polygon[0])));
    assertThat(union.getArea()).isCloseTo(sum, within(sum * 1e-6));
    for (int i = 0; i < union.getNumGeometries(); i++) {
      assertThat(((Polygon) union.getGeometryN(i)).getNumInteriorRing()).as("no gap inside the land").isZero();
    }
  }

  @Test
  void populationAndSitesAreAsAskedFor() throws IOException {
    JsonNode features = new ObjectMapper().readTree(dir.resolve("areas.geojson").toFile()).get("features");
    double population = 0;
    for (JsonNode f : features) {
      population += f.get("properties").get("population").asDouble();
    }
    assertThat(population).isEqualTo(summary.population());
    assertThat(population).isCloseTo(CountryGenerator.POPULATION, within((double) AREAS));
    List<String[]> sites = rows("sites.csv");
    assertThat(sites).hasSize(CountryGenerator.nSites(AREAS)).hasSize(summary.sites());
    assertThat(sites.stream().map(r -> r[0]).distinct().count()).isEqualTo(sites.size());
  }

  /** Middledale is Ramsdown (the city), Netshire and Ramshire, about 42%, 29% and 29% of its residents. */
  @Test
  void middledaleHasItsThreeCounties() throws Exception {
    JsonNode features = new ObjectMapper().readTree(dir.resolve("areas.geojson").toFile()).get("features");
    Map<String, Double> pop = new HashMap<>();
    for (JsonNode f : features) {
      pop.put(f.get("properties").get("area_code").asText(), f.get("properties").get("population").asDouble());
    }
    Map<String, Double> byCounty = new HashMap<>();
    double middledale = 0;
    for (String[] r : rows("counties.csv")) {
      if (r[2].equals("Middledale")) {
        byCounty.merge(r[1], pop.get(r[0]), Double::sum);
        middledale += pop.get(r[0]);
      }
    }
    assertThat(byCounty).containsOnlyKeys("Ramsdown", "Netshire", "Ramshire");
    assertThat(byCounty.get("Ramsdown") / middledale).isCloseTo(0.42, within(0.05));
    assertThat(byCounty.get("Netshire") / middledale).isCloseTo(0.29, within(0.05));
    assertThat(summary.senates().get("Middledale") / CountryGenerator.POPULATION).isCloseTo(3.0 / 55.0, within(0.01));
    assertThat(rows("senates.csv").stream().map(r -> r[1]).distinct()).hasSize(12);
    assertThat(rows("ahsns.csv").stream().map(r -> r[1]).distinct()).hasSize(15);
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedAnotherCountry() throws IOException {
    Path again = tmp.resolve("again");
    new CountryGenerator(AREAS, 5).writeTo(again);
    Path other = tmp.resolve("other");
    new CountryGenerator(AREAS, 6).writeTo(other);
    for (String f : List.of("areas.geojson", "sites.csv", "flows.csv.gz", "senates.csv", "ahsns.csv", "counties.csv")) {
      assertThat(Files.mismatch(dir.resolve(f), again.resolve(f))).as(f).isEqualTo(-1);
    }
    assertThat(Files.mismatch(dir.resolve("areas.geojson"), other.resolve("areas.geojson"))).isNotEqualTo(-1);
  }
}
