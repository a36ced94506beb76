package io.footprint.cli;

import io.footprint.propose.ScanSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scan is asked for, from the command line ({@code scan}'s options) or a configuration's
 * {@code scan:} block, checked once by the same rules.
 */
final class ScanDraft {
  private static final Pattern COUNTS = Pattern.compile("\\s*(\\d{1,6})\\s*(?:\\.\\.|-)\\s*(\\d{1,6})\\s*");

  Given<String> counts;
  Given<Integer> starts;
  Given<Double> selfContained;
  Given<Double> robustSpan;
  Given<Double> robustVi;

  /** This level over {@code file}'s: the command line wins where it gives a value. */
  ScanDraft over(ScanDraft file) {
    ScanDraft d = new ScanDraft();
    d.counts = Given.first(counts, file.counts);
    d.starts = Given.first(starts, file.starts);
    d.selfContained = Given.first(selfContained, file.selfContained);
    d.robustSpan = Given.first(robustSpan, file.robustSpan);
    d.robustVi = Given.first(robustVi, file.robustVi);
    return d;
  }

  /** The settings, or a {@link UsageException} naming every mistake; {@code nested} changes the default counts. */
  ScanSettings build(boolean nested) {
    Checks checks = new Checks();
    ScanSettings s = build(nested, checks);
    checks.throwIfAny();
    return s;
  }

  /** The settings, or null with every mistake recorded in {@code checks}. */
  ScanSettings build(boolean nested, Checks checks) {
    int before = checks.count();
    int lo = nested ? 1 : 2;
    int hi = nested ? 15 : 60;
    if (counts != null) {
      Matcher m = COUNTS.matcher(counts.value());
      if (!m.matches()) {
        checks.bad(counts, "takes LO..HI, two whole numbers such as 2..60, not \"" + counts.value() + "\"");
      } else {
        lo = Integer.parseInt(m.group(1));
        hi = Integer.parseInt(m.group(2));
        String why = ScanSettings.countsProblem(lo, hi);
        if (why != null) {
          checks.bad(counts, counts.value() + ": " + why);
        }
      }
    }
    int k = Given.value(starts, ScanSettings.DEFAULT_STARTS);
    if (k < 1) {
      checks.bad(starts, "must be at least 1, not " + k);
    }
    double sc = Given.value(selfContained, ScanSettings.DEFAULT_SELF_CONTAINED);
    if (!(sc >= 0 && sc <= 1)) {
      checks.bad(selfContained, "must be 0..1, not " + sc);
    }
    double span = Given.value(robustSpan, ScanSettings.DEFAULT_ROBUST_SPAN);
    if (!(span >= 1 && Double.isFinite(span))) {
      checks.bad(robustSpan, "must be a number of at least 1, not " + span);
    }
    double vi = Given.value(robustVi, ScanSettings.DEFAULT_ROBUST_VARIATION);
    if (!(vi >= 0 && Double.isFinite(vi))) {
      checks.bad(robustVi, "must be a number of at least 0, not " + vi);
    }
    return checks.count() > before ? null : new ScanSettings(lo, hi, k, sc, span, vi);
  }
}
