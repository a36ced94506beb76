package io.footprint.propose;

import java.util.Locale;

/** How footprints are drawn from the flows. */
public enum Method {
  /**
   * Leiden modularity (Traag, Waltman and van Eck 2019), with the contiguity constraint inside every
   * step unless turned off.
   */
  LEIDEN,
  /** The Dartmouth Atlas rule: each area with the site its residents use most, made contiguous. */
  PLURALITY;

  /** The method as users write it and outputs name it: "leiden", "plurality". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The method of this name (any case), or null. */
  public static Method named(String name) {
    for (Method m : values()) {
      if (m.key().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }
}
