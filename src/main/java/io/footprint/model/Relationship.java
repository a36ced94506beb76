package io.footprint.model;

/**
 * A clinical relationship between two sites (transfers, tertiary referrals, a shared multidisciplinary team),
 * which the clustering weighs beside the patient flows: NHS England asked for networks "based on patient flows
 * and clinical relationships".
 *
 * @param siteA scenario index of one site
 * @param siteB scenario index of the other
 * @param condition the condition it applies to (normalised), or null for every condition
 * @param weight its strength, in the units of activity before {@code --relationship-weight} scales it
 */
public record Relationship(int siteA, int siteB, String condition, double weight) {
  public boolean appliesTo(String c) {
    return condition == null || condition.equals(c);
  }
}
