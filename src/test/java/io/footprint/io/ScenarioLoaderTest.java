package io.footprint.io;

import io.footprint.Fixtures;
import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Scenario;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;


class ScenarioLoaderTest {
  @TempDir
  Path dir;

  static final String AREAS = "area_code,area_name,population,lat,lon\n"
      + "E01,One,1000,52.40,-1.90\nE02,Two,2000,52.41,-1.88\nE03,Three,1500,52.42,-1.86\n";
  static final String SITES = "site_code,site_name,lat,lon\nS1,Site one,52.40,-1.89\nS2,Site two,52.42,-1.87\n";

  private LoadResult load(String areas, String sites, String... flows) throws Exception {
    Path a = Fixtures.write(dir, "areas.csv", areas);
    Path s = Fixtures.write(dir, "sites.csv", sites);
    List<Path> f = new ArrayList<>();
    for (int i = 0; i < flows.length; i++) {
      f.add(Fixtures.write(dir, "flows" + i + ".csv", flows[i]));
    }
    return new ScenarioLoader(LoadOptions.defaults()).load(List.of(a), s, f);
  }

  private List<String> errors(String areas, String sites, String... flows) {
    try {
      load(areas, sites, flows);
    } catch (InputException e) {
      return e.lines();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the load to fail");
  }

  @Test
  void areasAreHandedOnOnceReadAndOnlyWhenValid() throws Exception {
    Path a = Fixtures.write(dir, "areas.csv", AREAS);
    Path s = Fixtures.write(dir, "sites.csv", SITES);
    Path f = Fixtures.write(dir, "flows.csv", "area_code,site_code,condition,activity\nE01,S1,cancer,3\n");
    List<List<Area>> handed = new ArrayList<>();
    LoadResult r = new ScenarioLoader(LoadOptions.defaults()).load(List.of(a), s, List.of(f), handed::add);
    assertThat(handed).singleElement().isEqualTo(r.scenario().areas());
    handed.clear();
    Path bad = Fixtures.write(dir, "bad.csv", AREAS.replace("E02,Two,2000", "E02,Two,lots"));
    assertThatThrownBy(() -> new ScenarioLoader(LoadOptions.defaults()).load(List.of(bad), s, List.of(f), handed::add))
        .isInstanceOf(InputException.class);
    assertThat(handed).isEmpty();
  }

  @Test
  void aggregatesRowsAcrossFilesAndKeepsExactSums() throws Exception {
    LoadResult r = load(AREAS, SITES, "area_code,site_code,condition,activity\nE01,S1,cancer,0.1\nE01,S1,Cancer ,0.2\n",
        "area_code,site_code,condition,activity\nE01,S1,cancer,0.3\nE02,S2,cancer,5\nE03,S2,trauma,2\n");
    Scenario s = r.scenario();
    assertThat(s.flows().keySet()).containsExactly("cancer", "trauma");
    FlowMatrix m = s.flows("cancer");
    assertThat(m.entryCount()).isEqualTo(2);
    assertThat(m.activity(m.rowStart(0))).isEqualTo(0.6); // 0.1 + 0.2 + 0.3 exactly, not 0.6000000000000001
    assertThat(r.flowRows()).isEqualTo(5);
  }

  @Test
  void bomCrlfAliasesAndGzipAreAccepted() throws Exception {
    Path a = Fixtures.write(dir, "areas.csv", "\uFEFFMSOA11CD,Name,Pop,Latitude,Longitude\r\nE01,One,10,52.4,-1.9\r\n"
        + "E02,Two,20,52.41,-1.88\r\n");
    Path s = Fixtures.write(dir, "sites.csv", "ODS code,site_name,lat,lon\r\nS1,x,52.40,-1.89\r\n");
    Path f = dir.resolve("flows.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("msoa11cd,org_code,condition,spells\r\nE01,S1,cancer,7\r\nE02,S1,cancer,3\r\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    Scenario sc = new ScenarioLoader(LoadOptions.defaults()).load(List.of(a), s, List.of(f)).scenario();
    assertThat(sc.areas()).hasSize(2);
    assertThat(sc.flows("cancer").total()).isEqualTo(10);
  }

  @Test
  void suppressedCountsAreWarnedAndLeftOut() throws Exception {
    LoadResult r = load(AREAS, SITES, "area_code,site_code,condition,activity\nE01,S1,cancer,*\nE02,S1,cancer,..\n"
        + "E03,S1,cancer,\nE01,S2,cancer,4\n");
    assertThat(r.problems().warningCount(ProblemType.SUPPRESSED_COUNT)).isEqualTo(3);
    assertThat(r.scenario().flows("cancer").total()).isEqualTo(4);
    assertThat(r.problems().lines()).filteredOn(l -> l.contains("suppressed count")).hasSize(3);
    assertThat(r.problems().warnings()).extracting(Problem::line).containsExactly(2L, 3L, 4L);
  }

  @Test
  void codesWithSpacesAreTrimmedAndReported() throws Exception {
    LoadResult r = load(AREAS.replace("E01,", "E01  ,"), SITES, "area_code,site_code,condition,activity\n E01 ,S1,cancer,4\n");
    assertThat(r.scenario().areaIndex("E01")).isZero();
    assertThat(r.problems().warningCount(ProblemType.CODE_TRIMMED)).isEqualTo(2);
  }

  @Test
  void badActivityNamesFileLineColumnAndValue() {
    List<String> e = errors(AREAS, SITES, "area_code,site_code,condition,activity\nE01,S1,cancer,-3\nE02,S1,cancer,NaN\n"
        + "E03,S1,cancer,abc\nE01,S2,cancer,1e12\n");
    assertThat(e).anyMatch(l -> l.matches("error: .*flows0.csv:2: column activity: value \"-3\": not a finite.*"));
    assertThat(e).anyMatch(l -> l.contains("flows0.csv:3") && l.contains("\"NaN\""));
    assertThat(e).anyMatch(l -> l.contains("flows0.csv:4") && l.contains("\"abc\""));
    assertThat(e).anyMatch(l -> l.contains("flows0.csv:5") && l.contains("implausibly large"));
  }

  /** 10,000 rows of almost a billion for one pair pass every row check, but their sum is too large to hold exactly. */
  @Test
  void aSumTooLargeToHoldExactlyIsAnError() {
    StringBuilder flows = new StringBuilder("area_code,site_code,condition,activity\nE02,S2,cancer,4\n");
    for (int i = 0; i < 10_000; i++) {
      flows.append("E01,S1,cancer,999999999\n");
    }
    List<String> e = errors(AREAS, SITES, flows.toString());
    assertThat(e).anyMatch(l -> l.contains("flows0.csv") && l.contains("cancer")
        && l.contains("total activity too large"));
    assertThat(e).noneMatch(l -> l.contains("no flows"));
  }

  @Test
  void unknownCodesFailUnlessDropped() throws Exception {
    String flows = "area_code,site_code,condition,activity\nE09,S1,cancer,5\nE01,S7,cancer,2\nE01,S1,cancer,1\n";
    List<String> e = errors(AREAS, SITES, flows);
    assertThat(e).anyMatch(l -> l.contains("flows0.csv:2: column area_code: value \"E09\": flow names an area"));
    assertThat(e).anyMatch(l -> l.contains("flows0.csv:3: column site_code: value \"S7\": flow names a site"));
    Path a = Fixtures.write(dir, "a.csv", AREAS);
    Path s = Fixtures.write(dir, "s.csv", SITES);
    Path f = Fixtures.write(dir, "f.csv", flows);
    LoadResult r = new ScenarioLoader(new LoadOptions(Map.of(), null, true)).load(List.of(a), s, List.of(f));
    assertThat(r.droppedRows()).isEqualTo(2);
    assertThat(r.droppedActivity()).isEqualTo(7);
    assertThat(r.scenario().flows("cancer").total()).isEqualTo(1);
  }

  @Test
  void missingColumnEmptyAndHeaderOnlyFiles() {
    assertThat(errors(AREAS, SITES, "area_code,site,condition\nE01,S1,cancer\n"))
        .anyMatch(l -> l.contains("column activity: missing required column"));
    assertThat(errors(AREAS, SITES, "")).anyMatch(l -> l.contains("flows0.csv: file is empty"));
    assertThat(errors(AREAS, SITES, "area_code,site_code,condition,activity\n"))
        .anyMatch(l -> l.contains("flows0.csv:1: file has a header but no rows"));
  }

  @Test
  void raggedRowsAreErrors() {
    assertThat(errors(AREAS, SITES, "area_code,site_code,condition,activity\nE01,S1,cancer\n"))
        .anyMatch(l -> l.contains("flows0.csv:2: row has a different number of fields from the header (3 fields, header has 4)"));
  }

  @Test
  void coordinateMistakesAreNamed() {
    String flows = "area_code,site_code,condition,activity\nE01,S1,cancer,1\n";
    assertThat(errors(AREAS, "site_code,lat,lon\nS1,-1.89,52.40\n", flows))
        .anyMatch(l -> l.contains("sites.csv:2: column lat, lon: value \"-1.89, 52.40\": latitude and longitude look swapped"));
    assertThat(errors(AREAS, "site_code,lat,lon\nS1,286000,406000\n", flows))
        .anyMatch(l -> l.contains("British National Grid metres in lat/lon columns"));
    assertThat(errors(AREAS, "site_code,lat,lon\nS1,40.7,-74.0\n", flows))
        .anyMatch(l -> l.contains("coordinates outside the UK"));
  }

  @Test
  void eastingNorthingAreConverted() throws Exception {
    // Birmingham Town Hall is at about E 406,700, N 286,900 (52.4797 N, 1.9035 W)
    LoadResult r = load("area_code,population,easting,northing\nE01,10,406700,286900\n",
        "site_code,easting,northing\nS1,406700,286900\n", "area_code,site_code,condition,activity\nE01,S1,x,1\n");
    assertThat(r.scenario().areas().get(0).lat()).isCloseTo(52.4797, within(0.001));
    assertThat(r.scenario().areas().get(0).lon()).isCloseTo(-1.9035, within(0.002));
  }

  @Test
  void duplicateCodesWithDifferentDataAreErrorsIdenticalOnesWarnings() throws Exception {
    assertThat(errors(AREAS + "E01,One,999,52.40,-1.90\n", SITES, "area_code,site_code,condition,activity\nE01,S1,x,1\n"))
        .anyMatch(l -> l.contains("value \"E01\": the same code appears twice with different data"));
    LoadResult r = load(AREAS, SITES + "S1,Site one,52.40,-1.89\n", "area_code,site_code,condition,activity\nE01,S1,x,1\n");
    assertThat(r.problems().warningCount(ProblemType.DUPLICATE_ROW)).isEqualTo(1);
  }

  @Test
  void zeroPopulationIsAWarning() throws Exception {
    LoadResult r = load(AREAS.replace("E02,Two,2000", "E02,Two,0"), SITES,
        "area_code,site_code,condition,activity\nE01,S1,x,1\n");
    assertThat(r.problems().warningCount(ProblemType.ZERO_POPULATION)).isEqualTo(1);
  }

  @Test
  void requestedConditionWithoutFlows() throws Exception {
    Path a = Fixtures.write(dir, "a.csv", AREAS);
    Path s = Fixtures.write(dir, "s.csv", SITES);
    Path f = Fixtures.write(dir, "f.csv", "area_code,site_code,condition,activity\nE01,S1,cancer,1\n");
    assertThatThrownBy(() -> new ScenarioLoader(new LoadOptions(Map.of(), Set.of("trauma"), false))
        .load(List.of(a), s, List.of(f)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).lines()).anyMatch(l -> l.contains("\"trauma\": no flows")
            && l.contains("conditions present: cancer")));
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> new ScenarioLoader(LoadOptions.defaults()).load(List.of(dir.resolve("nope.csv")),
        dir.resolve("s.csv"), List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("nope.csv").hasMessageContaining("no such file");
  }

  @Test
  void columnMappingFromConfig() throws Exception {
    Path a = Fixtures.write(dir, "a.csv", "zone,people,lat,lon\nE01,10,52.4,-1.9\n");
    Path s = Fixtures.write(dir, "s.csv", SITES);
    Path f = Fixtures.write(dir, "f.csv", "zone,provider,network,episodes\nE01,S1,cancer,3\n");
    Map<String, String> cols = Map.of("area_code", "zone", "population", "people", "site_code", "provider",
        "condition", "network", "activity", "episodes");
    Scenario sc = new ScenarioLoader(new LoadOptions(cols, null, false)).load(List.of(a), s, List.of(f)).scenario();
    assertThat(sc.flows("cancer").total()).isEqualTo(3);
  }
}
