package io.footprint.cli;

import io.footprint.cluster.Constraints;
import io.footprint.propose.Method;
import io.footprint.propose.ProposalSettings;
import java.util.Locale;

/**
 * How footprints are to be proposed, as given at one level (the command line, a configuration file's
 * top level, one of its conditions): every value may be absent. Levels are laid over each other
 * ({@link #over}) and the result checked once ({@link #build}), so the command line and the file obey
 * the same rules and name the same mistakes.
 */
final class ProposalDraft {
  Given<String> method;
  Given<Integer> target;
  Given<Double> resolution;
  Given<Double> minPopulation;
  Given<Double> minLocalisation;
  Given<String> contiguity;
  Given<Long> seed;
  Given<Integer> starts;
  Given<String> polish;

  /**
   * This level's values, else those of {@code lower} (a less specific level). A target and a
   * resolution are two ways to set one thing, so the most specific level giving either sets both.
   */
  ProposalDraft over(ProposalDraft lower) {
    ProposalDraft d = new ProposalDraft();
    d.method = Given.first(method, lower.method);
    boolean count = givesTarget() || resolution != null;
    d.target = count ? target : lower.target;
    d.resolution = count ? resolution : lower.resolution;
    d.minPopulation = Given.first(minPopulation, lower.minPopulation);
    d.minLocalisation = Given.first(minLocalisation, lower.minLocalisation);
    d.contiguity = Given.first(contiguity, lower.contiguity);
    d.seed = Given.first(seed, lower.seed);
    d.starts = Given.first(starts, lower.starts);
    d.polish = Given.first(polish, lower.polish);
    return d;
  }

  private boolean givesTarget() {
    return target != null && target.value() != 0;
  }

  /** Mistakes within this one level: settings that contradict each other. */
  void checkLevel(Checks checks) {
    if (givesTarget() && resolution != null) {
      checks.bad(target, "cannot be combined with " + resolution.name() + ": the target's resolution is found by "
          + "search; give one or the other");
    }
    if (method != null && Method.named(method.value()) == Method.PLURALITY) {
      for (Given<?> g : new Given<?>[] {givesTarget() ? target : null, resolution}) {
        if (g != null) {
          checks.bad(g, "does nothing with method plurality, which has no resolution; leave it out or use leiden");
        }
      }
    }
  }

  /** The settings, checked; null (with every mistake recorded) when any value is out of range. */
  ProposalSettings build(Checks checks) {
    int before = checks.count();
    Method m = method == null ? Method.LEIDEN : Method.named(method.value());
    if (m == null) {
      checks.bad(method, "must be plurality or leiden, not " + method.value());
    }
    Boolean on = onOff(Given.value(contiguity, "on"));
    if (on == null) {
      checks.bad(contiguity, "must be on or off, not " + contiguity.value());
    }
    Boolean polished = onOff(Given.value(polish, "on"));
    if (polished == null) {
      checks.bad(polish, "must be on or off, not " + polish.value());
    }
    double r = Given.value(resolution, 1.0);
    check(checks, resolution, ProposalSettings.resolutionProblem(r), Fmt.plain(r));
    int t = Given.value(target, 0);
    check(checks, target, ProposalSettings.targetProblem(t), String.valueOf(t));
    double mp = Given.value(minPopulation, 0.0);
    check(checks, minPopulation, ProposalSettings.minPopulationProblem(mp), Fmt.plain(mp));
    double ml = Given.value(minLocalisation, 0.0);
    check(checks, minLocalisation, ProposalSettings.minLocalisationProblem(ml), Fmt.plain(ml));
    int n = Given.value(starts, 2);
    check(checks, starts, ProposalSettings.startsProblem(n), String.valueOf(n));
    if (checks.count() > before) {
      return null;
    }
    return new ProposalSettings(m, r, t, new Constraints(mp, ml, on), on, Given.value(seed, 1L), n, polished);
  }

  /** Records {@code g}'s mistake when the shared rule found one (the value is then {@code shown}). */
  private static void check(Checks checks, Given<?> g, String problem, String shown) {
    if (problem != null) {
      checks.bad(g, problem + ", not " + shown);
    }
  }

  /** on/off as users write it (YAML 1.1 also says true/false, yes/no); null when it is neither. */
  static Boolean onOff(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> Boolean.TRUE;
      case "off", "false", "no" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Numbers as a user wrote them: 2, not 2.0. */
  static final class Fmt {
    private Fmt() {}

    static String plain(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
  }
}
