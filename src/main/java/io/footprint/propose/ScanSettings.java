package io.footprint.propose;

/**
 * What {@code scan} looks for and how it marks what it finds, checked once.
 *
 * @param lowest fewest footprints scanned
 * @param highest most footprints scanned
 * @param starts independent starts compared at each count (at least 2 for a stability figure)
 * @param selfContained the share of its residents' activity every footprint must keep for a count to be
 *     self-contained (the ONS travel-to-work-area rule keeps 75%, or 66.7% for the largest areas)
 * @param robustSpan a robust count holds while the resolution grows by at least this factor
 * @param robustVariation and its starts differ by at most this mean variation of information (nats)
 */
public record ScanSettings(int lowest, int highest, int starts, double selfContained, double robustSpan,
    double robustVariation) {
  /** Defaults: see the README's "How many networks" section for what each means and why. */
  public static final int DEFAULT_STARTS = 4;
  public static final double DEFAULT_SELF_CONTAINED = 0.75;
  public static final double DEFAULT_ROBUST_SPAN = 2.0;
  public static final double DEFAULT_ROBUST_VARIATION = 0.05;

  public ScanSettings {
    String why = countsProblem(lowest, highest);
    if (why == null) {
      why = starts < 1 ? "starts must be at least 1" : null;
    }
    if (why == null && !(selfContained >= 0 && selfContained <= 1)) {
      why = "the self-contained share must be 0..1";
    }
    if (why == null && !(robustSpan >= 1 && Double.isFinite(robustSpan))) {
      why = "the robust span must be a number of at least 1";
    }
    if (why == null && !(robustVariation >= 0 && Double.isFinite(robustVariation))) {
      why = "the robust variation of information must be a number of at least 0";
    }
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
  }

  /** The counts of {@code scan --counts}, with the defaults for the rest. */
  public static ScanSettings of(int lowest, int highest) {
    return new ScanSettings(lowest, highest, DEFAULT_STARTS, DEFAULT_SELF_CONTAINED, DEFAULT_ROBUST_SPAN,
        DEFAULT_ROBUST_VARIATION);
  }

  /** Why {@code lowest..highest} cannot be the counts scanned, or null. */
  public static String countsProblem(int lowest, int highest) {
    if (lowest < 1) {
      return "the fewest footprints must be at least 1";
    }
    return highest < lowest ? "the most footprints must be at least the fewest" : null;
  }
}
