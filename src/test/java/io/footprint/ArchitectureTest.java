package io.footprint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the pipeline, held so that they cannot rot: each package may use only the packages
 * before it in this table (and the libraries listed), {@code cluster} nothing of the project, and only
 * {@code cli} knows picocli. The README's "Layout" gives the same table.
 */
class ArchitectureTest {
  /** Package: the project packages it may use, in pipeline order. */
  static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();
  /** Package: the third-party packages it may use, besides the JDK. */
  static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

  static {
    layer("model", List.of(), "org.locationtech.jts.geom..");
    layer("geo", List.of("model"), "org.locationtech..");
    layer("io", List.of("model", "geo"), "org.locationtech..", "com.fasterxml..", "de.siegmar..", "org.apache.commons.csv..",
        "org.yaml..", "org.sqlite..");
    layer("cluster", List.of());
    layer("graph", List.of("model", "geo", "cluster"), "org.jgrapht..");
    layer("propose", List.of("model", "geo", "graph", "cluster"), "org.apache.commons.rng..",
        "org.apache.commons.statistics..");
    layer("align", List.of("model", "geo", "cluster", "propose"), "org.locationtech..");
    layer("run", List.of("model", "geo", "io", "cluster", "graph", "propose", "align"), "org.locationtech..");
    layer("report", List.of("model", "geo", "io", "cluster", "propose", "align", "run"), "org.locationtech..", "com.fasterxml..",
        "org.apache.commons.csv..", "org.jgrapht..");
    layer("synth", List.of("model", "geo"), "org.locationtech..");
  }

  private static void layer(String pkg, List<String> uses, String... libraries) {
    LAYERS.put(pkg, uses);
    LIBRARIES.put(pkg, List.of(libraries));
  }

  static JavaClasses main;

  @BeforeAll
  static void importMain() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.footprint");
  }

  @Test
  void eachPackageUsesOnlyTheLayersBeforeIt() {
    for (Map.Entry<String, List<String>> e : LAYERS.entrySet()) {
      List<String> allowed = new ArrayList<>(List.of("java..", "io.footprint." + e.getKey() + ".."));
      e.getValue().forEach(p -> allowed.add("io.footprint." + p + ".."));
      allowed.addAll(LIBRARIES.get(e.getKey()));
      classes().that().resideInAPackage("io.footprint." + e.getKey() + "..").should()
          .onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(new String[0]))
          .because(e.getKey() + " may use only " + allowed).check(main);
    }
  }

  @Test
  void onlyTheCommandLineKnowsPicocliAndTheTerminal() {
    noClasses().that().resideOutsideOfPackage("io.footprint.cli..").should().dependOnClassesThat()
        .resideInAnyPackage("picocli..", "me.tongfei..").check(main);
  }

  @Test
  void nothingUsesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("io.footprint.cli..").should().dependOnClassesThat()
        .resideInAPackage("io.footprint.cli..").check(main);
  }
}
