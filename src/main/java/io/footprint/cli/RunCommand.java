package io.footprint.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.footprint.cluster.Constraints;
import io.footprint.graph.ProposalSettings;
import io.footprint.io.InputException;
import io.footprint.io.ProblemType;
import io.footprint.io.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: a batch run from a YAML file, or the embedded demo when no file is given. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs every condition and reference named in CONFIG.yaml; with no file, the embedded demo "
        + "(every condition, aligned with the demo's senates and AHSNs) into ./footprint-out/.",
        "Command-line options given explicitly override the file's."},
    footer = {"", "Examples:", "  target/footprint run",
        "  target/footprint run examples/demo.yaml"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "CONFIG.yaml", description = "batch configuration (none: the demo)")
  Path config;

  @Option(names = "--out", description = "output directory (default: the config's out, else ./footprint-out)")
  Path out;

  @Mixin
  ProposeOptions options;

  @Override
  public Integer call() throws Exception {
    if (config == null) {
      return demo();
    }
    RunConfig c = read(config);
    Path base = config.toAbsolutePath().getParent();
    List<Path> areas = c.areas.stream().map(base::resolve).toList();
    List<Path> flows = c.flows.stream().map(base::resolve).toList();
    if (areas.isEmpty() || c.sites == null || flows.isEmpty()) {
      throw invalid(config, "areas, sites and flows are required");
    }
    Path sites = base.resolve(c.sites);
    ProposalSettings defaults = merge(options.settings(), c.method, c.resolution, c.target, c.minPopulation,
        c.minLocalisation, c.contiguity, c.seed, c.starts);
    Set<String> conditions = null;
    Map<String, ProposalSettings> per = new LinkedHashMap<>();
    if (c.conditions != null && !(c.conditions.isTextual() && c.conditions.asText().equalsIgnoreCase("all"))) {
      conditions = new TreeSet<>();
      ObjectMapper m = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      if (c.conditions.isArray()) {
        for (JsonNode n : c.conditions) {
          conditions.add(io.footprint.model.Conditions.normalise(n.asText()));
        }
      } else if (c.conditions.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = c.conditions.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          String name = io.footprint.model.Conditions.normalise(e.getKey());
          conditions.add(name);
          if (e.getValue() != null && !e.getValue().isNull()) {
            RunConfig.ConditionConfig cc;
            try {
              cc = m.treeToValue(e.getValue(), RunConfig.ConditionConfig.class);
            } catch (JsonMappingException ex) {
              throw invalid(config, "conditions." + e.getKey() + ": " + ex.getOriginalMessage());
            }
            per.put(name, merge(defaults, cc.method, cc.resolution, cc.target, cc.minPopulation, cc.minLocalisation,
                cc.contiguity, cc.seed, cc.starts));
          }
        }
      } else {
        throw invalid(config, "conditions must be a list, a map or \"all\"");
      }
    }
    boolean explicitRefs = spec.commandLine().getParseResult().hasMatchedOption("--reference");
    List<String> refs = new ArrayList<>();
    for (String r : explicitRefs ? options.references : c.references) {
      refs.add(explicitRefs ? r : relativeTo(base, r));
    }
    Map<String, Double> gates = new LinkedHashMap<>(c.failOn);
    gates.putAll(Gates.parse(options.failOn));
    for (String g : gates.keySet()) {
      if (!Gates.NAMES.contains(g)) {
        throw invalid(config, "fail_on." + g + " is not a gate; gates are " + String.join(", ", Gates.NAMES));
      }
    }
    Path target = out != null ? out : c.out != null ? base.resolve(c.out) : Path.of("footprint-out");
    double share = explicit("--aligned-share") || c.alignedShare == null ? options.alignedShare : c.alignedShare;
    int threads = explicit("--threads") || c.threads == null ? options.threads : c.threads;
    boolean drop = options.dropUnmatched || Boolean.TRUE.equals(c.dropUnmatched);
    Pipeline.Request request = new Pipeline.Request(areas, sites, flows, conditions, refs, defaults, per, share,
        threads, drop, c.columns, Pipeline.names(areas, sites, flows)).withTopoJson(options.topoJson)
        .within(options.within != null ? options.within : c.within == null ? null : relativeTo(base, c.within))
        .realigned(options.realign || Boolean.TRUE.equals(c.realign));
    return Commands.runAndWrite(spec, request, target, options.quiet, gates, options.timings);
  }

  private int demo() throws Exception {
    Path dir = Demo.extract();
    List<Path> areas = List.of(dir.resolve("areas.geojson"));
    Path sites = dir.resolve("sites.csv");
    List<Path> flows = List.of(dir.resolve("flows.csv.gz"));
    List<String> refs = options.references.isEmpty() ? List.of("senates", "ahsns") : options.references;
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("areas", List.of("demo:areas.geojson"));
    names.put("sites", List.of("demo:sites.csv"));
    names.put("flows", List.of("demo:flows.csv.gz"));
    Pipeline.Request request = new Pipeline.Request(areas, sites, flows, null, refs, options.settings(), Map.of(),
        options.alignedShare, options.threads, options.dropUnmatched, Map.of(), names).withTopoJson(options.topoJson).within(options.within).realigned(options.realign);
    return Commands.runAndWrite(spec, request, out != null ? out : Path.of("footprint-out"), options.quiet,
        Gates.parse(options.failOn), options.timings);
  }

  /** A reference from the YAML with its file (also in NAME=FILE) resolved against the YAML's folder. */
  static String relativeTo(Path base, String reference) {
    if (io.footprint.io.RegionReader.BUILT_IN.contains(reference.strip().toLowerCase(java.util.Locale.ROOT))) {
      return reference;
    }
    int eq = reference.indexOf('=');
    if (eq > 0 && !Files.exists(base.resolve(reference))) {
      return reference.substring(0, eq).strip() + "=" + base.resolve(reference.substring(eq + 1).strip());
    }
    return base.resolve(reference).toString();
  }

  private boolean explicit(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private ProposalSettings merge(ProposalSettings base, String method, Double resolution, Integer target,
      Double minPopulation, Double minLocalisation, String contiguity, Long seed, Integer starts) {
    String m = explicit("--method") || method == null ? base.method() : method;
    double r = explicit("--resolution") || resolution == null ? base.resolution() : resolution;
    int t = explicit("--target") || target == null ? base.target() : target;
    double mp = explicit("--min-population") || minPopulation == null ? base.constraints().minPopulation()
        : minPopulation;
    double ml = explicit("--min-localisation") || minLocalisation == null ? base.constraints().minLocalisation()
        : minLocalisation;
    boolean cont = explicit("--contiguity") || contiguity == null ? base.contiguity() : contiguity.equals("on");
    long s = explicit("--seed") || seed == null ? base.seed() : seed;
    int n = explicit("--starts") || starts == null ? base.starts() : starts;
    if (contiguity != null && !contiguity.equals("on") && !contiguity.equals("off")) {
      throw new UsageException(config + ": contiguity must be on or off, not " + contiguity);
    }
    try {
      return new ProposalSettings(m, r, t, new Constraints(mp, ml, cont), cont, s, n);
    } catch (IllegalArgumentException e) {
      throw new UsageException(config + ": " + e.getMessage());
    }
  }

  static RunConfig read(Path file) throws InputException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    try {
      if (Files.size(file) == 0) {
        throw invalid(file, "the file is empty");
      }
      RunConfig c = yaml.readValue(file.toFile(), RunConfig.class);
      if (c == null) {
        throw invalid(file, "the file holds no settings");
      }
      return c;
    } catch (JsonMappingException e) {
      JsonLocation at = e.getLocation();
      String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
          : String.valueOf(r.getIndex())).reduce((a, b) -> a + "." + b).orElse("");
      Problems p = new Problems();
      String why = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u
          ? "unknown key \"" + u.getPropertyName() + "\"; known keys: " + u.getKnownPropertyIds()
          : e.getOriginalMessage();
      p.add(ProblemType.BAD_CONFIG, file.toString(), at == null ? 0 : at.getLineNr(), path, "", why);
      throw new InputException(p);
    } catch (IOException e) {
      throw invalid(file, String.valueOf(e.getMessage()).split("\n")[0]);
    }
  }

  private static InputException invalid(Path file, String why) {
    return InputException.of(ProblemType.BAD_CONFIG, file.toString(), why);
  }
}
