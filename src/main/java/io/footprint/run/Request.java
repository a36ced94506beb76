package io.footprint.run;

import io.footprint.io.ReferenceSpec;
import io.footprint.model.Conditions;
import io.footprint.propose.ProposalSettings;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run of footprint, built once and then read: the inputs, the conditions and how each is proposed,
 * the reference regions to align with, and how the run goes. Values are checked as they are given
 * (the same rules the command line and the YAML configuration obey, {@link #alignedShareProblem} and
 * {@link #threadsProblem}); {@link Builder#build()} checks that areas, sites and flows are there.
 */
public final class Request {
  /** Contract default: a footprint is aligned when 95% of its residents live in its host region. */
  public static final double DEFAULT_ALIGNED_SHARE = 0.95;

  private final List<Path> areas;
  private final Path sites;
  private final List<Path> flows;
  private final Set<String> conditions;
  private final ProposalSettings settings;
  private final Map<String, ProposalSettings> perCondition;
  private final List<String> references;
  private final String within;
  private final double alignedShare;
  private final boolean realign;
  private final int bootstrap;
  private final Path regionTargets;
  private final Refine refine;
  private final Map<String, Path> assignments;
  private final int threads;
  private final boolean dropUnmatched;
  private final Map<String, String> columns;
  private final Charset encoding;
  private final Map<String, List<String>> inputNames;
  private final Map<String, String> requiredRoles;
  private final Path relationships;
  private final Path expected;
  private final double relationshipWeight;

  private Request(Builder b) {
    expected = b.expected;
    relationships = b.relationships;
    relationshipWeight = b.relationshipWeight;
    requiredRoles = Map.copyOf(b.requiredRoles);
    areas = List.copyOf(b.areas);
    sites = b.sites;
    flows = List.copyOf(b.flows);
    conditions = b.conditions == null ? null : Set.copyOf(new TreeSet<>(b.conditions));
    settings = b.settings;
    perCondition = Map.copyOf(b.perCondition);
    references = List.copyOf(b.references);
    within = b.within == null ? null : ReferenceSpec.parse(b.within).name();
    alignedShare = b.alignedShare;
    realign = b.realign;
    bootstrap = b.bootstrap;
    regionTargets = b.regionTargets;
    refine = b.refine;
    assignments = Map.copyOf(b.assignments);
    threads = b.threads;
    dropUnmatched = b.dropUnmatched;
    columns = Map.copyOf(b.columns);
    encoding = b.encoding;
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("areas", areas.stream().map(Path::toString).toList());
    names.put("sites", List.of(sites.toString()));
    names.put("flows", flows.stream().map(Path::toString).toList());
    names.putAll(b.inputNames);
    inputNames = Collections.unmodifiableMap(names);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Why {@code share} cannot be the aligned share, or null: above 0 and at most 1. */
  public static String alignedShareProblem(double share) {
    return share > 0 && share <= 1 ? null : "must be above 0 and at most 1";
  }

  /** Why {@code threads} cannot be the number of threads, or null. */
  public static String threadsProblem(int threads) {
    return threads >= 1 ? null : "must be at least 1";
  }

  public List<Path> areas() {
    return areas;
  }

  public Path sites() {
    return sites;
  }

  public List<Path> flows() {
    return flows;
  }

  /** Conditions to propose for (normalised names), or null for every condition in the flows. */
  public Set<String> conditions() {
    return conditions;
  }

  /** How footprints are proposed, for conditions without settings of their own. */
  public ProposalSettings settings() {
    return settings;
  }

  /** How footprints are proposed for {@code condition}. */
  public ProposalSettings settings(String condition) {
    return perCondition.getOrDefault(condition, settings);
  }

  /** Settings that differ from {@link #settings()} for some conditions. */
  public Map<String, ProposalSettings> perCondition() {
    return perCondition;
  }

  /** Reference region sets to align with, as users name them ({@link ReferenceSpec}). */
  public List<String> references() {
    return references;
  }

  /** The name of the reference whose regions footprints are nested in, or null. */
  public String within() {
    return within;
  }

  public double alignedShare() {
    return alignedShare;
  }

  /**
   * A refinement instead of a proposal: start from the regions of the reference {@code start} (one of
   * {@link #references}) and move border areas within {@code limits}.
   */
  /** @param maxMerges most merges of two bordering units among the moves (0: the count is held) */
  public record Refine(String start, io.footprint.propose.Refiner.Limits limits, int maxMerges) {}

  /** The refinement asked for instead of a proposal, or null. */
  public Refine refine() {
    return refine;
  }

  /** A file of footprints wanted per region of the {@link #within} reference ({@code RegionCountReader}), or null. */
  public Path regionTargets() {
    return regionTargets;
  }

  /** Expected activity per area and condition (a CSV {@code area_code, condition, expected}), or null. */
  public Path expected() {
    return expected;
  }

  /** Clinical relationships between sites (a CSV {@code site_a, site_b, condition, weight}), or null. */
  public Path relationships() {
    return relationships;
  }

  /** How much a relationship of weight 1 counts, in units of activity between its two sites. */
  public double relationshipWeight() {
    return relationshipWeight;
  }

  /** Why {@code w} cannot weigh relationships, or null. */
  public static String relationshipWeightProblem(double w) {
    return w >= 0 && Double.isFinite(w) ? null : "must be 0 or more";
  }

  /** Per condition, the role every footprint must hold a site with (upper case; conditions normalised). */
  public Map<String, String> requiredRoles() {
    return requiredRoles;
  }

  /** Resamples of the flows that test how firm each footprint is (0: none). */
  public int bootstrap() {
    return bootstrap;
  }

  /** Why {@code n} cannot be the number of bootstrap resamples, or null. */
  public static String bootstrapProblem(int n) {
    return n >= 0 && n <= MAX_BOOTSTRAP ? null : "must be 0 (none) to " + MAX_BOOTSTRAP;
  }

  /** Most resamples: 1,000 already give a footprint's stability to about 0.01. */
  public static final int MAX_BOOTSTRAP = 1000;

  /** Whether the footprints realigned with each reference are kept whole (with polygons) as second proposals. */
  public boolean realign() {
    return realign;
  }

  /** Footprints given (condition to an earlier run's assignments.csv) instead of proposed. */
  public Map<String, Path> assignments() {
    return assignments;
  }

  public int threads() {
    return threads;
  }

  public boolean dropUnmatched() {
    return dropUnmatched;
  }

  /** The user's column names by canonical name (the YAML {@code columns:} block). */
  public Map<String, String> columns() {
    return columns;
  }

  public Charset encoding() {
    return encoding;
  }

  /** How the inputs are named in the summary, by role. */
  public Map<String, List<String>> inputNames() {
    return inputNames;
  }

  /** Every file or folder the run reads (which an output folder must not replace). */
  public List<Path> inputFiles() {
    List<Path> out = new ArrayList<>(areas);
    out.add(sites);
    out.addAll(flows);
    for (String r : references) {
      ReferenceSpec spec = ReferenceSpec.parse(r);
      if (spec.file() != null) {
        out.add(spec.file());
      }
    }
    out.addAll(assignments.values());
    if (regionTargets != null) {
      out.add(regionTargets);
    }
    return out;
  }

  /** Builds a {@link Request}; every setter checks its value. */
  public static final class Builder {
    private final List<Path> areas = new ArrayList<>();
    private Path sites;
    private final List<Path> flows = new ArrayList<>();
    private Set<String> conditions;
    private ProposalSettings settings = ProposalSettings.defaults();
    private final Map<String, ProposalSettings> perCondition = new TreeMap<>();
    private final List<String> references = new ArrayList<>();
    private String within;
    private double alignedShare = DEFAULT_ALIGNED_SHARE;
    private boolean realign;
    private int bootstrap;
    private Path regionTargets;
    private Refine refine;
    private String refineSpec;
    private final Map<String, Path> assignments = new TreeMap<>();
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean dropUnmatched;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private Charset encoding = StandardCharsets.UTF_8;
    private final Map<String, List<String>> inputNames = new LinkedHashMap<>();
    private final Map<String, String> requiredRoles = new TreeMap<>();
    private Path relationships;
    private Path expected;
    private double relationshipWeight = 1;

    private Builder() {}

    /** Area files (CSV and/or GeoJSON, merged by code); may be called more than once. */
    public Builder areas(Path... files) {
      areas.addAll(List.of(files));
      return this;
    }

    public Builder areas(List<Path> files) {
      areas.addAll(files);
      return this;
    }

    public Builder sites(Path file) {
      sites = file;
      return this;
    }

    public Builder flows(Path... files) {
      flows.addAll(List.of(files));
      return this;
    }

    public Builder flows(List<Path> files) {
      flows.addAll(files);
      return this;
    }

    /** Proposes for these conditions only (null: every condition in the flows). */
    public Builder conditions(Set<String> names) {
      conditions = names == null ? null : new TreeSet<>(names);
      return this;
    }

    public Builder condition(String name) {
      if (conditions == null) {
        conditions = new TreeSet<>();
      }
      conditions.add(Conditions.normalise(name));
      return this;
    }

    public Builder settings(ProposalSettings s) {
      settings = s;
      return this;
    }

    public Builder settings(String condition, ProposalSettings s) {
      perCondition.put(condition, s);
      return this;
    }

    /** A reference region set: senates, ahsns, a file, or NAME=FILE ({@link ReferenceSpec}). */
    public Builder reference(String reference) {
      references.add(reference);
      return this;
    }

    /**
     * Nests footprints in the regions of this reference: the name of one of the references, or a reference
     * as {@link #reference} takes it (then added to the references).
     */
    public Builder within(String reference) {
      within = reference;
      return this;
    }

    public Builder alignedShare(double share) {
      String why = alignedShareProblem(share);
      if (why != null) {
        throw new IllegalArgumentException("aligned share " + why + ", not " + share);
      }
      alignedShare = share;
      return this;
    }

    /** Refine the regions of the reference named {@code start} (also given to {@link #reference}) instead of proposing. */
    public Builder refine(String start, io.footprint.propose.Refiner.Limits limits) {
      return refine(start, limits, 0);
    }

    /** As above, with at most {@code maxMerges} merges of two bordering units among the moves. */
    public Builder refine(String start, io.footprint.propose.Refiner.Limits limits, int maxMerges) {
      refine = new Refine(ReferenceSpec.parse(start).name(), limits, maxMerges);
      refineSpec = start;
      return this;
    }

    /** Footprints wanted per region of the nesting reference, from a file (null: none). */
    public Builder regionTargets(Path file) {
      regionTargets = file;
      return this;
    }

    /** Resamples of the flows per condition, to measure how firm each footprint is (0: none). */
    public Builder bootstrap(int resamples) {
      if (bootstrapProblem(resamples) != null) {
        throw new IllegalArgumentException("bootstrap " + bootstrapProblem(resamples) + ", not " + resamples);
      }
      bootstrap = resamples;
      return this;
    }

    /** Expected activity per area and condition, for standardised ratios (null: crude rates). */
    public Builder expected(Path file) {
      expected = file;
      return this;
    }

    /** Clinical relationships between sites, weighed at {@code weight} units of activity per unit (file null: none). */
    public Builder relationships(Path file, double weight) {
      if (relationshipWeightProblem(weight) != null) {
        throw new IllegalArgumentException("relationship weight " + relationshipWeightProblem(weight));
      }
      relationships = file;
      relationshipWeight = weight;
      return this;
    }

    /** Every footprint of {@code condition} must hold a site with {@code role}. */
    public Builder requireRole(String condition, String role) {
      requiredRoles.put(io.footprint.model.Conditions.normalise(condition), role.strip().toUpperCase(
          java.util.Locale.ROOT));
      return this;
    }

    public Builder realign(boolean on) {
      realign = on;
      return this;
    }

    public Builder assignments(Map<String, Path> earlier) {
      assignments.putAll(earlier);
      return this;
    }

    public Builder threads(int n) {
      String why = threadsProblem(n);
      if (why != null) {
        throw new IllegalArgumentException("threads " + why + ", not " + n);
      }
      threads = n;
      return this;
    }

    public Builder dropUnmatched(boolean on) {
      dropUnmatched = on;
      return this;
    }

    public Builder columns(Map<String, String> mapping) {
      columns.putAll(mapping);
      return this;
    }

    public Builder encoding(Charset cs) {
      encoding = cs;
      return this;
    }

    /** How an input role ("areas", "footprints", ...) is named in the summary, instead of its paths. */
    public Builder inputName(String role, List<String> names) {
      inputNames.put(role, List.copyOf(names));
      return this;
    }

    public Request build() {
      if (areas.isEmpty() || sites == null || flows.isEmpty()) {
        throw new IllegalArgumentException("a request needs areas, sites and flows");
      }
      for (String spec : new String[] {within, refineSpec}) {
        if (spec != null) {
          String name = ReferenceSpec.parse(spec).name();
          if (references.stream().noneMatch(r -> ReferenceSpec.parse(r).name().equals(name))) {
            references.add(spec);
          }
        }
      }
      return new Request(this);
    }
  }
}
