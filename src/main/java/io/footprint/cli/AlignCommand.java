package io.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.io.InputException;
import io.footprint.io.ProblemType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code align}: aligns footprints written earlier (a {@code propose} or {@code run} output
 * directory) with reference regions, re-reading the inputs named in its {@code summary.json}.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Aligns existing footprints (an output directory of propose or run) with reference regions.",
    footer = {"", "Example:", "  target/footprint align --footprints footprint-out "
        + "--reference ahsns --out aligned-out"})
final class AlignCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--footprints", required = true, description = "output directory of an earlier run")
  Path footprints;

  @Option(names = "--out", required = true, description = "output directory")
  Path out;

  @Option(names = "--areas", arity = "1..*", description = "areas (default: those named in summary.json)")
  List<Path> areas;

  @Option(names = "--sites", description = "sites (default: as named in summary.json)")
  Path sites;

  @Option(names = "--flows", arity = "1..*", description = "flows (default: those named in summary.json)")
  List<Path> flows;

  @Mixin
  ProposeOptions options;

  @Override
  public Integer call() throws Exception {
    Path summary = footprints.resolve("summary.json");
    if (!Files.exists(summary)) {
      throw InputException.of(ProblemType.UNREADABLE_FILE, summary.toString(), "not an output directory of footprint");
    }
    if (options.references.isEmpty()) {
      throw new UsageException("align needs at least one --reference");
    }
    JsonNode root = new ObjectMapper().readTree(summary.toFile());
    Path demo = null;
    List<Path> a = areas != null ? areas : paths(root.path("inputs").path("areas"));
    List<Path> s = sites != null ? List.of(sites) : paths(root.path("inputs").path("sites"));
    List<Path> f = flows != null ? flows : paths(root.path("inputs").path("flows"));
    if (a.stream().anyMatch(p -> p.toString().startsWith("demo:"))) {
      demo = Demo.extract();
      final Path d = demo;
      a = a.stream().map(p -> d.resolve(p.toString().substring(5))).toList();
      s = s.stream().map(p -> d.resolve(p.toString().substring(5))).toList();
      f = f.stream().map(p -> d.resolve(p.toString().substring(5))).toList();
    }
    Map<String, Path> assignments = new TreeMap<>();
    root.path("conditions").fieldNames().forEachRemaining(c -> assignments.put(c,
        footprints.resolve(c).resolve("assignments.csv")));
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("areas", a.stream().map(Path::toString).toList());
    names.put("sites", s.stream().map(Path::toString).toList());
    names.put("flows", f.stream().map(Path::toString).toList());
    names.put("footprints", List.of(footprints.toString()));
    Pipeline.Request request = new Pipeline.Request(a, s.get(0), f, new TreeSet<>(assignments.keySet()),
        options.references, options.settings(), Map.of(), options.alignedShare, options.threads,
        options.dropUnmatched, Map.of(), names, assignments, options.topoJson, null, options.realign);
    return Commands.runAndWrite(spec, request, out, options.quiet, Gates.parse(options.failOn), options.timings);
  }

  private static List<Path> paths(JsonNode n) {
    List<Path> out = new ArrayList<>();
    n.forEach(x -> out.add(Path.of(x.asText())));
    return out;
  }
}
