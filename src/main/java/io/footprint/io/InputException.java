package io.footprint.io;

import java.util.List;

/** Thrown when a load found fatal problems; carries them all so the caller can print one line each. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problems problems;

  public InputException(Problems problems) {
    super(problems.fatal().isEmpty() ? "invalid input" : problems.fatal().get(0).format());
    this.problems = problems;
  }

  public static InputException of(ProblemType type, String file, String detail) {
    Problems p = new Problems();
    p.add(type, file, 0, "", "", detail);
    return new InputException(p);
  }

  public Problems problems() {
    return problems;
  }

  public List<String> lines() {
    return problems.lines();
  }
}
