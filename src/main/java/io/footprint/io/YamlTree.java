package io.footprint.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML document as plain values, each with the line it was written on, so that every mistake in a
 * configuration can be reported with its line. Read with SnakeYAML's composer: anchors, aliases and
 * merge keys ({@code <<: *defaults}) are resolved; a key given twice in one mapping is a problem (YAML
 * 1.2 forbids it; a plain loader keeps the last one silently). Scalars stay text: what a value means
 * (a number, on/off) is for the reader of the configuration to decide, so {@code contiguity: off}
 * is not turned into a boolean the way YAML 1.1 would.
 */
public final class YamlTree {
  /**
   * A value: {@code text} for a scalar (null for YAML null), {@code list} for a sequence, {@code map}
   * for a mapping (in document order).
   *
   * @param path where it is, as a user writes it ({@code conditions.cancer.target})
   * @param line 1-based line
   */
  public record Value(String path, int line, String text, List<Value> list, Map<String, Value> map) {
    public boolean isNull() {
      return text == null && list == null && map == null;
    }

    public boolean isScalar() {
      return list == null && map == null;
    }

    /** What a user would call its kind, for messages. */
    public String kind() {
      return map != null ? "a mapping" : list != null ? "a list" : text == null ? "empty" : "\"" + text + "\"";
    }
  }

  private static final int MAX_DEPTH = 64;

  private YamlTree() {}

  /**
   * The document's root, or null when the file holds no document or cannot be read; every problem
   * found (syntax, duplicate keys) is added to {@code problems} with its line.
   */
  public static Value read(Path file, Problems problems) {
    String name = file.toString();
    Node root;
    try (Reader r = CsvTable.reader(file)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // found and reported below, with both lines
      options.setMaxAliasesForCollections(200);
      root = new Yaml(options).compose(r);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(ProblemType.BAD_CONFIG, name, m == null ? 0 : m.getLine() + 1, "", "",
          "not valid YAML: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getContext()));
      return null;
    } catch (YAMLException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof IOException io) {
          ReadFailure.report(io, file, 0, problems);
          return null;
        }
      }
      problems.add(ProblemType.BAD_CONFIG, name, 0, "", "", "not valid YAML: " + firstLine(e.getMessage()));
      return null;
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
      return null;
    }
    if (root == null) {
      return null;
    }
    return new Converter(name, problems).convert(root, "", 0);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.split("\n")[0].strip();
  }

  /** Turns SnakeYAML's nodes into values, recording problems; aliases that loop are cut. */
  private static final class Converter {
    private final String file;
    private final Problems problems;
    private final IdentityHashMap<Node, Boolean> open = new IdentityHashMap<>();

    Converter(String file, Problems problems) {
      this.file = file;
      this.problems = problems;
    }

    Value convert(Node node, String path, int depth) {
      int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
      if (open.containsKey(node) || depth > MAX_DEPTH) {
        problems.add(ProblemType.BAD_CONFIG, file, line, path, "", "an alias refers to itself");
        return new Value(path, line, null, null, null);
      }
      open.put(node, Boolean.TRUE);
      try {
        if (node instanceof ScalarNode s) {
          boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
          String v = s.getValue();
          boolean isNull = plain && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null"));
          return new Value(path, line, isNull ? null : v, null, null);
        }
        if (node instanceof SequenceNode q) {
          List<Value> items = new ArrayList<>();
          for (int i = 0; i < q.getValue().size(); i++) {
            items.add(convert(q.getValue().get(i), path + "[" + i + "]", depth + 1));
          }
          return new Value(path, line, null, List.copyOf(items), null);
        }
        return mapping((MappingNode) node, path, line, depth);
      } finally {
        open.remove(node);
      }
    }

    /** A mapping's entries in document order; a key given twice is a problem; merge keys are resolved. */
    private Value mapping(MappingNode m, String path, int line, int depth) {
      Map<String, Value> entries = new LinkedHashMap<>();
      Map<String, Integer> lineOf = new LinkedHashMap<>();
      List<Value> merged = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        Node k = t.getKeyNode();
        int keyLine = k.getStartMark() == null ? line : k.getStartMark().getLine() + 1;
        if (k.getTag().equals(Tag.MERGE)) {
          merged.add(convert(t.getValueNode(), path, depth + 1));
          continue;
        }
        if (!(k instanceof ScalarNode ks)) {
          problems.add(ProblemType.BAD_CONFIG, file, keyLine, path, "", "a key must be a plain name");
          continue;
        }
        String key = ks.getValue();
        String child = path.isEmpty() ? key : path + "." + key;
        if (lineOf.containsKey(key)) {
          problems.add(ProblemType.BAD_CONFIG, file, keyLine, child, "", "key given twice (also on line "
              + lineOf.get(key) + ")");
          continue;
        }
        lineOf.put(key, keyLine);
        Value v = convert(t.getValueNode(), child, depth + 1);
        entries.put(key, new Value(child, keyLine, v.text(), v.list(), v.map()));
      }
      merge(entries, merged, path);
      return new Value(path, line, null, null, entries);
    }

    /** Merge keys: the mapping's own keys win, then earlier merged mappings over later ones. */
    private void merge(Map<String, Value> entries, List<Value> merged, String path) {
      for (Value base : merged) {
        List<Value> sources = base.map() != null ? List.of(base) : base.list() != null ? base.list() : List.of();
        for (Value src : sources) {
          if (src.map() == null) {
            problems.add(ProblemType.BAD_CONFIG, file, src.line(), path, "", "<< must merge a mapping");
            continue;
          }
          src.map().forEach((k, v) -> {
            if (!entries.containsKey(k)) {
              entries.put(k, rebase(v, path.isEmpty() ? k : path + "." + k));
            }
          });
        }
      }
    }
  }

  /** A merged value, its paths restated under the mapping it was merged into (lines stay where written). */
  private static Value rebase(Value v, String path) {
    if (v.map() != null) {
      Map<String, Value> m = new LinkedHashMap<>();
      v.map().forEach((k, x) -> m.put(k, rebase(x, path + "." + k)));
      return new Value(path, v.line(), null, null, m);
    }
    if (v.list() != null) {
      List<Value> l = new ArrayList<>();
      for (int i = 0; i < v.list().size(); i++) {
        l.add(rebase(v.list().get(i), path + "[" + i + "]"));
      }
      return new Value(path, v.line(), null, List.copyOf(l), null);
    }
    return new Value(path, v.line(), v.text(), null, null);
  }
}
