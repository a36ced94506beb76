package io.footprint.cli;

import io.footprint.io.ProblemType;
import io.footprint.io.Problems;
import io.footprint.io.YamlTree.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a configuration file read as the types they stand for, each with where it was
 * written ({@link Given}); a value of the wrong type is a problem with its line, never a guess.
 * Paths are relative to the file's folder.
 */
final class YamlValues {
  private final Path file;
  private final Path base;
  private final Problems problems;

  YamlValues(Path file, Problems problems) {
    this.file = file;
    this.base = file.toAbsolutePath().normalize().getParent();
    this.problems = problems;
  }

  Path base() {
    return base;
  }

  List<Path> paths(Value v) {
    List<Path> out = new ArrayList<>();
    for (Value p : items(v, "file")) {
      Path path = path(p);
      if (path != null) {
        out.add(path);
      }
    }
    return out;
  }

  Path path(Value v) {
    if (!scalar(v, "a file name")) {
      return null;
    }
    try {
      return base.resolve(v.text().strip()).normalize();
    } catch (RuntimeException e) {
      wrong(v, "a file name");
      return null;
    }
  }

  /** A list's items, a single value as a list of one, nothing for null. */
  List<Value> items(Value v, String what) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.map() != null) {
      wrong(v, "a " + what + " or a list of them");
      return List.of();
    }
    return v.list() != null ? v.list() : List.of(v);
  }

  Given<String> string(Value v) {
    return v != null && scalar(v, "a word") ? given(v, v.text().strip()) : null;
  }

  String text(Value v) {
    return v != null && scalar(v, "a word") ? v.text() : null;
  }

  Given<Double> number(Value v) {
    if (v == null || !scalar(v, "a number")) {
      return null;
    }
    try {
      double x = Double.parseDouble(v.text().strip());
      if (!Double.isNaN(x) && !v.text().strip().matches("(?i)[+-]?(inf|infinity|nan)")) {
        return given(v, x);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    wrong(v, "a number");
    return null;
  }

  Given<Integer> integer(Value v) {
    if (v == null || !scalar(v, "a whole number")) {
      return null;
    }
    try {
      return given(v, Integer.parseInt(v.text().strip()));
    } catch (NumberFormatException e) {
      wrong(v, "a whole number");
      return null;
    }
  }

  Given<Boolean> bool(Value v) {
    if (v == null || !scalar(v, "true or false")) {
      return null;
    }
    Boolean b = ProposalDraft.onOff(v.text());
    if (b == null) {
      wrong(v, "true or false");
      return null;
    }
    return given(v, b);
  }

  /** Whether the value is a scalar with text; else the mistake is recorded. */
  boolean scalar(Value v, String expected) {
    if (v.isScalar() && v.text() != null) {
      return true;
    }
    wrong(v, expected);
    return false;
  }

  void wrong(Value v, String expected) {
    problems.add(ProblemType.BAD_CONFIG, file.toString(), v.line(), v.path(), "", "expected " + expected + ", found "
        + v.kind());
  }

  <T> Given<T> given(Value v, T value) {
    return new Given<>(value, v.path(), file.toString(), v.line());
  }
}
