package io.footprint.graph;

/** A vertex of the JGraphT flow graph: an area or a site, by code. */
public record FlowNode(Kind kind, String code) {
  public enum Kind { AREA, SITE }

  @Override
  public String toString() {
    return (kind == Kind.AREA ? "area:" : "site:") + code;
  }
}
