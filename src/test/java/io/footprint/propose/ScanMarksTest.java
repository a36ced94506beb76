package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks on rows whose answers are worked out on paper. */
class ScanMarksTest {
  private static final ScanSettings S = new ScanSettings(1, 5, 4, 0.75, 2.0, 0.05);

  private static ScanMarks.Row row(int k, double span, double vi, int atCount, double loc, double minLoc) {
    return new ScanMarks.Row(k, span, 1, 1 * span, 4, atCount, vi, 1 - vi, loc, minLoc);
  }

  @Test
  void robustNeedsTheSpanTheAgreementAndEveryStartAtTheCount() {
    List<ScanMarks.Row> rows = List.of(row(1, 3.0, 0.0, 4, 1.0, 1.0), row(2, 1.9, 0.0, 4, 0.99, 0.9),
        row(3, 2.5, 0.06, 4, 0.98, 0.8), row(4, 2.5, 0.01, 3, 0.9, 0.7), row(5, 2.0, 0.05, 4, 0.8, 0.5));
    List<ScanMarks.Mark> marks = ScanMarks.of(rows, S);
    assertThat(marks.stream().filter(m -> m.kind() == ScanMarks.Kind.ROBUST).map(ScanMarks.Mark::footprints))
        .containsExactly(1, 5);
    // self-contained: 3 is the last whose least footprint keeps 75%
    assertThat(marks.stream().filter(m -> m.kind() == ScanMarks.Kind.SELF_CONTAINED).map(ScanMarks.Mark::footprints))
        .containsExactly(3);
    // recommended: 5 is robust but not self-contained, 1 is both
    assertThat(marks.stream().filter(m -> m.kind() == ScanMarks.Kind.RECOMMENDED).map(ScanMarks.Mark::footprints))
        .containsExactly(1);
  }

  @Test
  void theKneeOfACurveThatFallsSlowlyThenFast() {
    // localisation 1, .99, .98, .9, .8 scaled: 1, .95, .9, .5, 0 against the chord 1, .75, .5, .25, 0:
    // gaps .2, .4, .25, so the knee is the third row
    double[] loc = {1.0, 0.99, 0.98, 0.9, 0.8};
    List<ScanMarks.Row> rows = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      rows.add(row(k, 1, 1, 4, loc[k - 1], 0));
    }
    assertThat(ScanMarks.knee(rows)).isEqualTo(2);
  }

  @Test
  void theKneeOfACurveThatFallsFastThenSlowly() {
    // scaled 1, .3, .1, .05, 0 against the chord 1, .75, .5, .25, 0: gaps -.45, -.4, -.2: the second row
    double[] loc = {1.0, 0.93, 0.91, 0.905, 0.9};
    List<ScanMarks.Row> rows = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      rows.add(row(k, 1, 1, 4, loc[k - 1], 0));
    }
    assertThat(ScanMarks.knee(rows)).isEqualTo(1);
  }

  @Test
  void noKneeOnAStraightLineOrTooFewRows() {
    List<ScanMarks.Row> line = List.of(row(1, 1, 1, 4, 1.0, 0), row(2, 1, 1, 4, 0.9, 0), row(3, 1, 1, 4, 0.8, 0));
    assertThat(ScanMarks.knee(line)).isEqualTo(-1);
    assertThat(ScanMarks.knee(line.subList(0, 2))).isEqualTo(-1);
  }

  @Test
  void withNoRobustCountTheSelfContainedCountIsRecommendedAndSaysSo() {
    List<ScanMarks.Row> rows = List.of(row(2, 1.1, 0.3, 4, 0.95, 0.8), row(3, 1.1, 0.3, 4, 0.9, 0.76),
        row(4, 1.1, 0.3, 2, 0.85, 0.6));
    ScanMarks.Mark rec = ScanMarks.of(rows, S).stream().filter(m -> m.kind() == ScanMarks.Kind.RECOMMENDED)
        .findFirst().orElseThrow();
    assertThat(rec.footprints()).isEqualTo(3);
    assertThat(rec.reason()).contains("no count is robust");
  }
}
