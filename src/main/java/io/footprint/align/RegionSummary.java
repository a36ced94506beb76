package io.footprint.align;

/**
 * One reference region's view of a proposal: "how many cancer networks does this senate need?".
 *
 * @param region region code
 * @param name region name
 * @param population residents of the region's areas
 * @param hosted footprints whose host this region is
 * @param hostedAligned of those, how many are aligned (at least the threshold's share of residents in it)
 * @param hostedInside of those, how many lie wholly inside it
 * @param touching footprints with any resident in the region
 * @param crossing footprints with residents both inside and outside the region
 */
public record RegionSummary(String region, String name, double population, int hosted, int hostedAligned,
    int hostedInside, int touching, int crossing) {}
