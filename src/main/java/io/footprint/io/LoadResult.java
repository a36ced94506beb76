package io.footprint.io;

import io.footprint.model.Scenario;

/**
 * A loaded scenario with the warnings met on the way and the counts {@code validate} prints.
 *
 * @param scenario the areas, sites and aggregated flows
 * @param problems the warnings (fatal problems throw {@link InputException} instead)
 * @param flowRows data rows read from the flow files
 * @param droppedRows flow rows dropped under {@code --drop-unmatched} (a row naming both an unknown
 *     area and an unknown site counts twice)
 * @param droppedActivity activity those rows carried, exactly
 */
public record LoadResult(Scenario scenario, Problems problems, long flowRows, long droppedRows,
    double droppedActivity) {}
