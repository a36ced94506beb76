package io.footprint.cli;

import io.footprint.io.InputException;
import io.footprint.io.ProblemType;
import io.footprint.io.Problems;
import io.footprint.io.ReferenceSpec;
import io.footprint.io.YamlTree.Value;
import io.footprint.io.YamlTree;
import io.footprint.model.Conditions;
import io.footprint.run.Gate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A batch run's YAML configuration read into a {@link RunDraft}: every key checked for its name and
 * type with its line, all mistakes reported at once. Paths are relative to the file. Ranges are
 * checked with the command line's own rules when the draft is built.
 *
 * <pre>
 * areas: [areas.geojson, areas.csv]
 * sites: sites.csv
 * flows: [flows.csv.gz]
 * out: footprint-out
 * method: leiden
 * conditions: {cancer: {target: 12}, trauma: {min_population: 2000000}}   # or a list, or "all"
 * references: [senates, ahsns]
 * fail_on: {min_localisation: 0.85, misaligned_footprints: 0, non_contiguous: 0}
 * </pre>
 */
final class ConfigFile {
  /** Keys a condition's own settings may have (and the top level too). */
  static final List<String> SETTINGS = List.of("method", "resolution", "target", "min_population",
      "min_localisation", "contiguity", "seed", "starts", "polish");
  /** Keys of the top level. */
  static final List<String> TOP = List.of("areas", "sites", "flows", "out", "conditions", "method", "resolution",
      "target", "min_population", "min_localisation", "contiguity", "seed", "starts", "polish", "threads", "references",
      "within", "region_targets", "require_role", "relationships", "relationship_weight", "expected", "realign", "bootstrap", "scan", "aligned_share", "drop_unmatched", "encoding", "topojson", "gpkg", "columns", "fail_on");

  private final Path file;
  private final Path base;
  private final Problems problems = new Problems();
  private final YamlValues values;

  private ConfigFile(Path file) {
    this.file = file;
    this.values = new YamlValues(file, problems);
    this.base = values.base();
  }

  /** The run the file describes; an {@link InputException} listing every mistake (with its line) if any. */
  static RunDraft read(Path file) throws InputException {
    return new ConfigFile(file).read();
  }

  private RunDraft read() throws InputException {
    String name = file.toString();
    if (!file.toFile().isFile()) {
      problems.add(ProblemType.UNREADABLE_FILE, name, 0, "", "", file.toFile().isDirectory()
          ? "it is a folder, not a file" : "no such file");
      throw new InputException(problems);
    }
    Value root = YamlTree.read(file, problems);
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    if (root == null || root.isNull()) {
      problems.add(ProblemType.BAD_CONFIG, name, 0, "", "", "the file holds no settings");
      throw new InputException(problems);
    }
    if (root.map() == null) {
      problems.add(ProblemType.BAD_CONFIG, name, root.line(), "", "", "expected keys such as areas:, sites:, "
          + "flows:, found " + root.kind());
      throw new InputException(problems);
    }
    RunDraft d = new RunDraft();
    Map<String, Value> top = root.map();
    unknownKeys(top, TOP, "");
    d.areas = values.paths(top.get("areas"));
    d.sites = top.containsKey("sites") ? values.path(top.get("sites")) : null;
    d.flows = values.paths(top.get("flows"));
    for (String required : List.of("areas", "sites", "flows")) {
      if (!top.containsKey(required)) {
        problems.add(ProblemType.BAD_CONFIG, name, 0, required, "", "missing: areas, sites and flows are required");
      }
    }
    Value out = top.get("out");
    if (out != null && values.path(out) != null) {
      d.out = values.given(out, values.path(out));
    }
    d.proposal = settings(top);
    conditions(top.get("conditions"), d);
    d.threads = values.integer(top.get("threads"));
    d.references = references(top.get("references"));
    Value within = top.get("within");
    if (within != null && values.text(within) != null) {
      d.within = values.given(within, relative(values.text(within)));
    }
    Value targets = top.get("region_targets");
    if (targets != null && values.path(targets) != null) {
      d.regionTargets = values.given(targets, values.path(targets));
    }
    Value expectedFile = top.get("expected");
    if (expectedFile != null && values.path(expectedFile) != null) {
      d.expected = values.given(expectedFile, values.path(expectedFile));
    }
    Value related = top.get("relationships");
    if (related != null && values.path(related) != null) {
      d.relationships = values.given(related, values.path(related));
    }
    d.scan = scan(top.get("scan"));
    d.realign = values.bool(top.get("realign"));
    d.bootstrap = values.integer(top.get("bootstrap"));
    d.alignedShare = values.number(top.get("aligned_share"));
    d.dropUnmatched = values.bool(top.get("drop_unmatched"));
    d.topoJson = values.bool(top.get("topojson"));
    d.geoPackage = values.bool(top.get("gpkg"));
    d.encoding = values.text(top.get("encoding")) == null ? null : values.given(top.get("encoding"), values.text(top.get("encoding")));
    d.columns = columns(top.get("columns"));
    roles(top.get("require_role"), d);
    d.relationshipWeight = values.number(top.get("relationship_weight"));
    gates(top.get("fail_on"), d);
    d.fileProblems = problems.fatal(); // reported with the range checks, so that every mistake comes at once
    return d;
  }

  /** Keys not known are mistakes; keys beginning "x-" are the user's own (a place for YAML anchors). */
  private void unknownKeys(Map<String, Value> map, List<String> known, String where) {
    map.forEach((k, v) -> {
      if (!known.contains(k) && !k.startsWith("x-")) {
        problems.add(ProblemType.BAD_CONFIG, file.toString(), v.line(), v.path(), "", "unknown key \"" + k + "\""
            + where + "; known keys: " + String.join(", ", new TreeSet<>(known)));
      }
    });
  }

  private ProposalDraft settings(Map<String, Value> m) {
    ProposalDraft p = new ProposalDraft();
    p.method = values.string(m.get("method"));
    p.resolution = values.number(m.get("resolution"));
    p.target = values.integer(m.get("target"));
    p.minPopulation = values.number(m.get("min_population"));
    p.minLocalisation = values.number(m.get("min_localisation"));
    p.contiguity = values.string(m.get("contiguity"));
    p.polish = values.string(m.get("polish"));
    Given<Long> seed = null;
    Value s = m.get("seed");
    if (s != null && values.scalar(s, "a whole number")) {
      try {
        seed = values.given(s, Long.parseLong(s.text().strip()));
      } catch (NumberFormatException e) {
        values.wrong(s, "a whole number");
      }
    }
    p.seed = seed;
    p.starts = values.integer(m.get("starts"));
    return p;
  }

  private void conditions(Value v, RunDraft d) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isScalar()) {
      if (!v.text().strip().equalsIgnoreCase("all")) {
        d.conditions = new TreeSet<>(List.of(Conditions.normalise(v.text())));
      }
      return;
    }
    d.conditions = new TreeSet<>();
    if (v.list() != null) {
      for (Value c : v.list()) {
        if (values.scalar(c, "a condition's name")) {
          d.conditions.add(Conditions.normalise(c.text()));
        }
      }
      return;
    }
    v.map().forEach((k, c) -> {
      String name = Conditions.normalise(k);
      d.conditions.add(name);
      if (c.isNull()) {
        return;
      }
      if (c.map() == null) {
        values.wrong(c, "a condition's own settings (a mapping such as {target: 12}) or nothing");
        return;
      }
      unknownKeys(c.map(), SETTINGS, " for a condition");
      d.perCondition.put(name, settings(c.map()));
    });
  }

  private List<Given<String>> references(Value v) {
    List<Given<String>> out = new ArrayList<>();
    for (Value r : values.items(v, "reference")) {
      if (values.scalar(r, "a reference (senates, ahsns, a file or NAME=FILE)")) {
        out.add(values.given(r, relative(r.text().strip())));
      }
    }
    return out;
  }

  /** A reference from the file with its file (also in NAME=FILE) resolved against the file's folder. */
  private String relative(String reference) {
    ReferenceSpec spec = ReferenceSpec.parse(reference);
    if (spec.file() == null) {
      return reference;
    }
    Path resolved = base.resolve(spec.file()).normalize();
    return reference.contains("=") && !base.resolve(reference).toFile().exists()
        ? spec.name() + "=" + resolved : resolved.toString();
  }

  /** Keys of the {@code scan:} block. */
  static final List<String> SCAN = List.of("counts", "starts", "min_localisation", "robust_span", "robust_vi");

  /** A {@code scan:} block: the run scans instead of proposing. */
  private ScanDraft scan(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    ScanDraft s = new ScanDraft();
    if (v.map() == null) {
      problems.add(ProblemType.BAD_CONFIG, file.toString(), v.line(), "scan", "", "expected keys such as counts: 2..60");
      return s;
    }
    unknownKeys(v.map(), SCAN, " in scan");
    Value counts = v.map().get("counts");
    if (counts != null && values.text(counts) != null) {
      s.counts = values.given(counts, values.text(counts));
    }
    s.starts = values.integer(v.map().get("starts"));
    s.selfContained = values.number(v.map().get("min_localisation"));
    s.robustSpan = values.number(v.map().get("robust_span"));
    s.robustVi = values.number(v.map().get("robust_vi"));
    return s;
  }

  private Map<String, String> columns(Value v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.map() == null) {
      values.wrong(v, "a mapping of canonical column names to yours, such as {area_code: LSOA11CD}");
      return out;
    }
    v.map().forEach((k, c) -> {
      if (values.scalar(c, "a column name")) {
        out.put(k, c.text());
      }
    });
    return out;
  }

  /** {@code require_role: {trauma: MTC}}: per condition, the role every footprint must hold a site with. */
  private void roles(Value v, RunDraft d) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.map() == null) {
      values.wrong(v, "a mapping of conditions to roles, such as {trauma: MTC}");
      return;
    }
    v.map().forEach((c, role) -> {
      if (values.scalar(role, "a role")) {
        d.roles.put(io.footprint.model.Conditions.normalise(c), values.given(role, role.text().strip()));
      }
    });
  }

  private void gates(Value v, RunDraft d) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.map() == null) {
      values.wrong(v, "a mapping of gates to bounds, such as {min_localisation: 0.85}");
      return;
    }
    v.map().forEach((k, b) -> {
      Gate g = Gate.named(k);
      if (g == null) {
        problems.add(ProblemType.BAD_CONFIG, file.toString(), b.line(), b.path(), "", "\"" + k + "\" is not a gate; "
            + "gates are " + String.join(", ", Gate.names()));
        return;
      }
      Given<Double> bound = values.number(b);
      if (bound != null) {
        d.gates.put(g, bound);
      }
    });
  }

}
