package io.footprint.cli;

import io.footprint.io.Problem;
import io.footprint.io.ReferenceSpec;
import io.footprint.model.Conditions;
import io.footprint.propose.ProposalSettings;
import io.footprint.propose.ScanSettings;
import io.footprint.run.Gate;
import io.footprint.report.OutputWriter;
import io.footprint.run.Request;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A whole run as given at one level (the command line, or a configuration file): inputs, conditions
 * and their settings, references, how to run and what to gate on; every value may be absent.
 * {@link #over} lays the command line over a file; {@link #build} checks everything once and makes
 * the request, reporting every mistake with where it was made.
 */
final class RunDraft {
  List<Path> areas = List.of();
  Path sites;
  List<Path> flows = List.of();
  Given<Path> out;
  /** conditions asked for (normalised), or null for all. */
  Set<String> conditions;
  ProposalDraft proposal = new ProposalDraft();
  Map<String, ProposalDraft> perCondition = new LinkedHashMap<>();
  List<Given<String>> references = List.of();
  Given<String> within;
  Given<Double> alignedShare;
  Given<Integer> threads;
  Given<Boolean> dropUnmatched;
  Given<Boolean> realign;
  Given<Integer> bootstrap;
  Given<Path> regionTargets;
  /** A configuration's {@code scan:} block, or null: then the run proposes. */
  ScanDraft scan;
  Given<Boolean> topoJson;
  Given<Boolean> geoPackage;
  Given<String> encoding;
  Map<Gate, Given<Double>> gates = new LinkedHashMap<>();
  Map<String, String> columns = new LinkedHashMap<>();
  Given<Path> relationships;
  Given<Path> expected;
  Given<Double> relationshipWeight;
  /** Per condition, the role every footprint must hold a site with, as given. */
  Map<String, Given<String>> roles = new LinkedHashMap<>();
  Map<String, List<String>> inputNames;
  /** Mistakes found reading a configuration file (names and types), reported with those {@link #build} finds. */
  List<Problem> fileProblems = List.of();

  /** The command line's given values, then the file's where the command line is silent. */
  RunDraft over(RunDraft file) {
    RunDraft d = new RunDraft();
    d.areas = areas.isEmpty() ? file.areas : areas;
    d.sites = sites != null ? sites : file.sites;
    d.flows = flows.isEmpty() ? file.flows : flows;
    d.out = Given.first(out, file.out);
    d.conditions = conditions != null ? conditions : file.conditions;
    d.proposal = proposal;
    // the command line overrides the file's top level and each of its conditions
    d.perCondition = new LinkedHashMap<>();
    file.perCondition.forEach((c, p) -> d.perCondition.put(c, p));
    d.fileProposal = file.proposal;
    d.references = references.isEmpty() ? file.references : references;
    d.within = Given.first(within, file.within);
    d.alignedShare = Given.first(alignedShare, file.alignedShare);
    d.threads = Given.first(threads, file.threads);
    d.dropUnmatched = Given.first(dropUnmatched, file.dropUnmatched);
    d.realign = Given.first(realign, file.realign);
    d.bootstrap = Given.first(bootstrap, file.bootstrap);
    d.regionTargets = Given.first(regionTargets, file.regionTargets);
    d.scan = scan != null ? scan : file.scan;
    d.topoJson = Given.first(topoJson, file.topoJson);
    d.geoPackage = Given.first(geoPackage, file.geoPackage);
    d.encoding = Given.first(encoding, file.encoding);
    d.gates = new LinkedHashMap<>(file.gates);
    d.gates.putAll(gates);
    d.relationships = Given.first(relationships, file.relationships);
    d.expected = Given.first(expected, file.expected);
    d.relationshipWeight = Given.first(relationshipWeight, file.relationshipWeight);
    d.roles = new LinkedHashMap<>(file.roles);
    d.roles.putAll(roles);
    d.columns = file.columns;
    d.inputNames = inputNames != null ? inputNames : file.inputNames;
    d.fileProblems = file.fileProblems;
    return d;
  }

  /** The file's top level, under the command line ({@link #proposal}) and over defaults; set by {@link #over}. */
  private ProposalDraft fileProposal = new ProposalDraft();

  /** The checked request, or a {@link UsageException} listing every mistake. */
  Built build() {
    Checks checks = new Checks();
    fileProblems.forEach(checks::add);
    proposal.checkLevel(checks);
    fileProposal.checkLevel(checks);
    perCondition.values().forEach(p -> p.checkLevel(checks));
    ProposalSettings settings = proposal.over(fileProposal).build(checks);
    Map<String, ProposalSettings> per = new TreeMap<>();
    perCondition.forEach((c, p) -> {
      ProposalSettings s = proposal.over(p.over(fileProposal)).build(checks);
      if (s != null) {
        per.put(c, s);
      }
    });
    double share = Given.value(alignedShare, Request.DEFAULT_ALIGNED_SHARE);
    if (Request.alignedShareProblem(share) != null) {
      checks.bad(alignedShare, Request.alignedShareProblem(share) + ", not " + ProposalDraft.Fmt.plain(share));
    }
    int n = Given.value(threads, Runtime.getRuntime().availableProcessors());
    if (Request.threadsProblem(n) != null) {
      checks.bad(threads, Request.threadsProblem(n) + ", not " + n);
    }
    int resamples = Given.value(bootstrap, 0);
    if (Request.bootstrapProblem(resamples) != null) {
      checks.bad(bootstrap, Request.bootstrapProblem(resamples) + ", not " + resamples);
    }
    Charset cs = charset(checks);
    gates.forEach((gate, bound) -> {
      String why = gate.boundProblem(bound.value());
      if (why != null) {
        checks.bad(bound, why + ", not " + ProposalDraft.Fmt.plain(bound.value()));
      }
    });
    ScanSettings scanSettings = scan == null ? null : scan.build(within != null, checks);
    Set<String> names = checkReferences(checks);
    checkWithin(checks, names, settings, per);
    if (areas.isEmpty() || sites == null || flows.isEmpty()) {
      checks.bad("areas, sites and flows are all required");
    }
    checks.throwIfAny();
    Request.Builder b = Request.builder().areas(areas).sites(sites).flows(flows).conditions(conditions)
        .settings(settings).alignedShare(share).threads(n).dropUnmatched(Given.value(dropUnmatched, false))
        .columns(columns).realign(Given.value(realign, false)).bootstrap(Request.bootstrapProblem(resamples) == null
            ? resamples : 0).regionTargets(regionTargets == null ? null : regionTargets.value()).encoding(cs).within(within == null ? null
            : within.value().strip());
    per.forEach(b::settings);
    roles.forEach((c, role) -> b.requireRole(c, role.value()));
    double rw = Given.value(relationshipWeight, 1.0);
    if (Request.relationshipWeightProblem(rw) != null) {
      Checks bad = new Checks();
      bad.bad(relationshipWeight, Request.relationshipWeightProblem(rw) + ", not " + ProposalDraft.Fmt.plain(rw));
      bad.throwIfAny();
    }
    b.relationships(relationships == null ? null : relationships.value(), rw);
    b.expected(expected == null ? null : expected.value());
    references.forEach(r -> b.reference(r.value()));
    if (inputNames != null) {
      inputNames.forEach(b::inputName);
    }
    Map<Gate, Double> bounds = new LinkedHashMap<>();
    gates.forEach((g, bound) -> bounds.put(g, bound.value()));
    return new Built(b, new OutputWriter.Formats(Given.value(topoJson, false), Given.value(geoPackage, false)),
        bounds, scanSettings);
  }

  /** Each reference's name must make file names and be its own; returns the names. */
  private Set<String> checkReferences(Checks checks) {
    Set<String> names = new TreeSet<>();
    for (Given<String> r : references) {
      ReferenceSpec spec = ReferenceSpec.parse(r.value());
      String why = spec.nameProblem();
      if (why != null) {
        checks.bad(r, why);
      } else if (!names.add(spec.name())) {
        checks.bad(r, "names the reference \"" + spec.name() + "\" a second time; give each reference its own "
            + "name (NAME=FILE)");
      }
    }
    return names;
  }

  /** Nesting must name a reference (or a file); footprints per region need nesting, and no total target beside. */
  private void checkWithin(Checks checks, Set<String> names, ProposalSettings settings,
      Map<String, ProposalSettings> per) {
    if (within == null) {
      if (regionTargets != null) {
        checks.bad(regionTargets, "needs --within: the reference whose regions it counts footprints in");
      }
      return;
    }
    ReferenceSpec spec = ReferenceSpec.parse(within.value().strip());
    if (!names.contains(spec.name()) && spec.file() != null && !spec.file().toFile().isFile()) {
      checks.bad(within, "names no reference: give senates, ahsns, the name of a --reference or a file");
    }
    boolean targeted = (settings != null && settings.target() > 0) || per.values().stream().anyMatch(p -> p.target() > 0);
    if (targeted && regionTargets != null) {
      checks.bad(regionTargets, "cannot be combined with a target: give the footprints per region or one total");
    }
  }

  Charset charset(Checks checks) {
    if (encoding == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.value().strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      checks.bad(encoding, "names no encoding this Java knows (such as UTF-8, windows-1252, ISO-8859-1)");
      return StandardCharsets.UTF_8;
    }
  }

  /** Parses {@code --require-role CONDITION=ROLE} values into this draft's roles. */
  void roles(List<String> specs) {
    Checks checks = new Checks();
    for (String s : specs) {
      String[] kv = s.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        checks.bad("--require-role takes CONDITION=ROLE (e.g. trauma=MTC), not \"" + s + "\"");
        continue;
      }
      roles.put(io.footprint.model.Conditions.normalise(kv[0]), Given.option("--require-role", kv[1].strip()));
    }
    checks.throwIfAny();
  }

  /** Parses {@code --fail-on NAME=BOUND} values into this draft's gates. */
  void gates(List<String> specs) {
    gates(specs, null);
  }

  /** As above, with {@code --max-travel-km} (null: not given) as the gate it stands for. */
  void gates(List<String> specs, Double maxTravelKm) {
    Checks checks = new Checks();
    if (maxTravelKm != null) {
      gates.put(Gate.MAX_TRAVEL_KM, Given.option("--max-travel-km", maxTravelKm));
    }
    for (String s : specs) {
      String[] kv = s.split("=", 2);
      Gate g = Gate.named(kv[0]);
      if (g == null || kv.length != 2) {
        checks.bad("--fail-on takes GATE=BOUND with GATE one of " + String.join(", ", Gate.names()) + ", not \""
            + s + "\"");
        continue;
      }
      try {
        gates.put(g, Given.option("--fail-on " + g.key(), Double.parseDouble(kv[1].strip())));
      } catch (NumberFormatException e) {
        checks.bad("--fail-on " + g.key() + " needs a number, not \"" + kv[1] + "\"");
      }
    }
    checks.throwIfAny();
  }

  /** Normalised condition names from the command line, or null for "all". */
  static Set<String> conditions(List<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      String c = Conditions.normalise(n);
      if (c.equals("all")) {
        return null;
      }
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * A checked run: the request (a builder, so that a command can still add what it alone knows), the
   * outputs asked for beyond the contract's, and the gates.
   */
  record Built(Request.Builder request, OutputWriter.Formats formats, Map<Gate, Double> gates, ScanSettings scan) {}
}
