package io.footprint.io;

import io.footprint.model.Conditions;
import io.footprint.model.FlowMatrix;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Streams flow files ({@code area_code, site_code, condition, activity}, optional {@code year}) and
 * aggregates them: several rows for one (area, site, condition) are summed, and memory grows with the
 * number of distinct pairs plus at most a batch of rows per condition ({@link PairSums}).
 *
 * <p>Activity is added up in exact fixed point (millionths), so the totals do not depend on row
 * order or on how the rows are split across files: the same flows always give the same bits.
 * Suppressed values ({@code *}, {@code ..}, empty) are reported and left out, never read as 0.
 */
final class FlowReader {
  static final double SCALE = 1e6;
  /** No small area sends a billion patients anywhere: larger values are mistakes. */
  static final double MAX_ACTIVITY = 1e9;

  private final Problems problems = new Problems();
  private final Map<String, String> mapping;
  private final Set<String> wanted;
  private final Charset encoding;
  private final Map<String, PairSums> sums = new TreeMap<>();
  /** what each spelling of a condition in the files stands for (by the id of the spelling): one lookup per row. */
  private final CodeTable conditionSpellings = new CodeTable();
  private final List<Condition> conditionOfSpelling = new ArrayList<>();
  /** the years met (as written) and where each was first met; only whether there are several matters. */
  private final CodeTable yearSpellings = new CodeTable();
  private final Map<String, String> years = new LinkedHashMap<>();
  private final Codebook areas = new Codebook();
  private final Codebook sites = new Codebook();
  private final List<String> files = new ArrayList<>();
  private long rows;
  private long droppedMicro;

  /**
   * @param wanted conditions to keep (normalised names), or null for all
   */
  FlowReader(Map<String, String> mapping, Set<String> wanted, Charset encoding) {
    this.mapping = mapping;
    this.wanted = wanted;
    this.encoding = encoding;
  }

  /** A condition as spelt in a file: its normalised name, and its sums when it is wanted. */
  private record Condition(String name, PairSums sums) {}


  /** The columns of one flow file; {@code year} is -1 when there is none. */
  private record FlowColumns(int area, int site, int condition, int activity, int year) {}

  void read(Path path) {
    files.add(path.toString());
    CsvTable t = CsvTable.open(path, problems, encoding);
    if (t == null) {
      return;
    }
    try (t) {
      FlowColumns cols = new FlowColumns(t.column("area_code", Columns.AREA_CODE, mapping, true),
          t.column("site_code", Columns.SITE_CODE, mapping, true),
          t.column("condition", Columns.CONDITION, mapping, true),
          t.column("activity", Columns.ACTIVITY, mapping, true),
          t.column("year", List.of("financial_year", "fyear", "period"), mapping, false));
      if (cols.area() < 0 || cols.site() < 0 || cols.condition() < 0 || cols.activity() < 0) {
        return;
      }
      while (t.next()) {
        rows++;
        if (!row(t, cols)) {
          return;
        }
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, path, 0, problems);
    }
  }

  /** Reads the current row into the sums; false when reading must stop (a sum too large to hold). */
  private boolean row(CsvTable t, FlowColumns cols) {
    Condition c = condition(t, cols.condition());
    if (cols.year() >= 0) {
      year(t, cols.year());
    }
    if (c.name().isEmpty()) {
      problems.add(ProblemType.MISSING_VALUE, t.file(), t.line(), t.columnName(cols.condition()), "", "condition");
      return true;
    }
    if (c.sums() == null) {
      return true;
    }
    double v = activity(t, cols.activity());
    if (Double.isNaN(v)) {
      return true;
    }
    int a = t.find(cols.area(), areas.id);
    int s = t.find(cols.site(), sites.id);
    if (a < 0 || s < 0) {
      String ac = a < 0 ? Codes.read(t, cols.area(), problems) : null;
      String sc = s < 0 ? Codes.read(t, cols.site(), problems) : null;
      if ((a < 0 && ac == null) || (s < 0 && sc == null)) {
        return true;
      }
      a = a < 0 ? areas.of(ac, t, cols.area()) : a;
      s = s < 0 ? sites.of(sc, t, cols.site()) : s;
    }
    areas.rows[a]++;
    sites.rows[s]++;
    areas.activity[a] += v;
    sites.activity[s] += v;
    long micro = Math.round(v * SCALE);
    if (micro == 0) {
      return true;
    }
    try {
      c.sums().add(((long) a << 32) | s, micro);
      return true;
    } catch (ArithmeticException e) {
      problems.add(ProblemType.OVERFLOW, t.file(), t.line(), t.columnName(cols.activity()), t.get(cols.activity()),
          "adding up the rows read so far");
      return false;
    }
  }

  /** The condition the current row is of, looked up by its spelling (a new spelling is normalised once). */
  private Condition condition(CsvTable t, int column) {
    int spelling = t.find(column, conditionSpellings);
    if (spelling < 0) {
      String raw = t.get(column);
      String name = Conditions.normalise(raw);
      boolean keep = !name.isEmpty() && (wanted == null || wanted.contains(name));
      spelling = conditionSpellings.add(raw);
      conditionOfSpelling.add(new Condition(name, keep ? sums.computeIfAbsent(name, k -> new PairSums()) : null));
    }
    return conditionOfSpelling.get(spelling);
  }

  /** Notes the current row's year; warns once, when a second year is met. */
  private void year(CsvTable t, int column) {
    if (years.size() >= 100 || t.find(column, yearSpellings) >= 0) {
      return;
    }
    String y = t.get(column).strip();
    yearSpellings.add(t.get(column));
    if (!y.isEmpty() && years.putIfAbsent(y, t.file() + ":" + t.line()) == null && years.size() == 2) {
      problems.add(ProblemType.SEVERAL_YEARS, t.file(), t.line(), t.columnName(column), y, "also "
          + years.keySet().iterator().next() + " at " + years.values().iterator().next()
          + "; footprint adds up every row whatever its year: give one year's flows for one year's footprints");
    }
  }

  /**
   * The current row's activity, or NaN when it is suppressed, not a non-negative number, or implausibly
   * large (each reported). Plain counts are read off the row's characters; anything else (decimals,
   * suppression marks, mistakes) goes through a string.
   */
  private double activity(CsvTable t, int column) {
    double v = t.wholeNumber(column);
    if (v < 0) {
      String raw = t.get(column);
      if (Numbers.isSuppressed(raw)) {
        problems.add(ProblemType.SUPPRESSED_COUNT, t.file(), t.line(), t.columnName(column), raw, "");
        return Double.NaN;
      }
      v = Numbers.parse(raw);
      if (Double.isNaN(v) || v < 0) {
        problems.add(ProblemType.BAD_NUMBER, t.file(), t.line(), t.columnName(column), raw, "activity");
        return Double.NaN;
      }
    }
    if (v > MAX_ACTIVITY) {
      problems.add(ProblemType.HUGE_NUMBER, t.file(), t.line(), t.columnName(column), t.get(column),
          "activity above " + (long) MAX_ACTIVITY);
      return Double.NaN;
    }
    return v;
  }

  Problems problems() {
    return problems;
  }

  /** Conditions met in the flow files, wanted or not, in alphabetical order. */
  List<String> conditionsSeen() {
    return conditionOfSpelling.stream().map(Condition::name).filter(c -> !c.isEmpty()).distinct().sorted()
        .toList();
  }

  long rows() {
    return rows;
  }

  /**
   * Reports codes the areas or sites lack, one problem per code (first line, rows, activity).
   *
   * @return rows naming an unknown code (a row naming two is counted twice)
   */
  long reportUnknown(Map<String, Integer> areaIndex, Map<String, Integer> siteIndex, boolean drop) {
    return unknown(areas, areaIndex, drop ? ProblemType.UNMATCHED_DROPPED : ProblemType.UNKNOWN_AREA, "unknown area")
        + unknown(sites, siteIndex, drop ? ProblemType.UNMATCHED_DROPPED : ProblemType.UNKNOWN_SITE, "unknown site");
  }

  /** Activity of the flows {@link #matrices} left out because they name an unknown area or site, exactly. */
  double droppedActivity() {
    return droppedMicro / SCALE;
  }

  /** Reports the codes of {@code book} missing from {@code index}; returns the rows that name them. */
  private long unknown(Codebook book, Map<String, Integer> index, ProblemType type, String what) {
    long rowsNamingThem = 0;
    for (int i = 0; i < book.code.size(); i++) {
      if (!index.containsKey(book.code.get(i))) {
        problems.add(type, book.file.get(i), book.firstLine[i], book.column.get(i), book.code.get(i),
            (type == ProblemType.UNMATCHED_DROPPED ? what + "; " : "") + book.rows[i] + " row(s), activity "
                + String.format(Locale.ROOT, "%.2f", book.activity[i]) + ", first at this line");
        rowsNamingThem += book.rows[i];
      }
    }
    return rowsNamingThem;
  }

  /**
   * The aggregated flows, one matrix per condition (built in parallel), on the scenario's area and site
   * indices: entries are placed by area with a counting sort, then each area's few entries sorted by site
   * and rows for the same site summed. A sum too large to hold exactly is added to {@code problems}.
   */
  Map<String, FlowMatrix> matrices(Map<String, Integer> areaIndex, Map<String, Integer> siteIndex,
      Problems problems) {
    int nAreas = areaIndex.size();
    int nSites = siteIndex.size();
    int[] areaOf = remap(areas, areaIndex);
    int[] siteOf = remap(sites, siteIndex);
    List<String> conditions = new ArrayList<>(sums.keySet());
    long[] dropped = new long[conditions.size()];
    boolean[] overflow = new boolean[conditions.size()];
    List<FlowMatrix> built = IntStream.range(0, conditions.size()).parallel()
        .mapToObj(k -> {
          try {
            return matrix(conditions.get(k), sums.get(conditions.get(k)), areaOf, siteOf, nAreas, nSites, dropped, k);
          } catch (ArithmeticException e) {
            overflow[k] = true;
            return null;
          }
        })
        .toList();
    Map<String, FlowMatrix> out = new TreeMap<>();
    for (int k = 0; k < conditions.size(); k++) {
      droppedMicro += dropped[k];
      if (overflow[k]) {
        problems.add(ProblemType.OVERFLOW, String.join(", ", files), 0, "condition", conditions.get(k),
            "the activity one area sends one site adds up to more than " + Long.MAX_VALUE / (long) SCALE);
      } else if (built.get(k) != null) {
        out.put(conditions.get(k), built.get(k));
      }
    }
    return out;
  }

  private static FlowMatrix matrix(String condition, PairSums sums, int[] areaOf, int[] siteOf, int nAreas,
      int nSites, long[] dropped, int slot) {
    int bound = sums.entryBound();
    int[] area = new int[bound];
    int[] site = new int[bound];
    long[] micro = new long[bound];
    int[] m = new int[1];
    sums.forEach((key, value) -> {
      int a = areaOf[(int) (key >>> 32)];
      int s = siteOf[(int) key];
      if (a >= 0 && s >= 0) {
        area[m[0]] = a;
        site[m[0]] = s;
        micro[m[0]++] = value;
      } else {
        dropped[slot] += value;
      }
    });
    if (m[0] == 0) {
      return null;
    }
    PairSums.ByPair rows = PairSums.byPair(area, site, micro, m[0], nAreas);
    double[] activity = new double[rows.micro().length];
    for (int e = 0; e < activity.length; e++) {
      activity[e] = rows.micro()[e] / SCALE;
    }
    return new FlowMatrix(condition, nSites, rows.rowStart(), rows.site(), activity);
  }

  private static int[] remap(Codebook book, Map<String, Integer> index) {
    int[] out = new int[book.code.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index.getOrDefault(book.code.get(i), -1);
    }
    return out;
  }

}
