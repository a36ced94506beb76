package io.footprint.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class EnvelopeGridTest {
  @Test
  void findsWhatABruteForceScanFinds() {
    // property: random boxes of mixed sizes (some spanning much of the map, some degenerate lines and points)
    for (long seed = 1; seed <= 20; seed++) {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(300);
      Envelope[] boxes = new Envelope[n];
      for (int i = 0; i < n; i++) {
        double x = r.nextDouble() * 10 - 3;
        double y = r.nextDouble() * 4 + 50;
        double w = r.nextInt(10) == 0 ? r.nextDouble() * 6 : r.nextInt(10) == 0 ? 0 : r.nextDouble() * 0.3;
        double h = r.nextInt(10) == 0 ? 0 : r.nextDouble() * 0.3;
        boxes[i] = new Envelope(x, x + w, y, y + h);
      }
      EnvelopeGrid grid = new EnvelopeGrid(boxes);
      for (int q = 0; q < 50; q++) {
        Envelope query = q < n ? boxes[q] : new Envelope(r.nextDouble() * 12 - 4, r.nextDouble() * 12 - 4,
            49 + r.nextDouble() * 6, 49 + r.nextDouble() * 6);
        int[] expected = IntStream.range(0, n).filter(i -> boxes[i].intersects(query)).toArray();
        assertThat(grid.query(query)).as("seed %d query %d", seed, q).containsExactly(expected);
      }
    }
  }

  @Test
  void allBoxesAtOnePoint() {
    Envelope p = new Envelope(-1, -1, 52, 52);
    EnvelopeGrid grid = new EnvelopeGrid(new Envelope[] {p, new Envelope(p), new Envelope(p)});
    assertThat(grid.query(p)).containsExactly(0, 1, 2);
    assertThat(grid.query(new Envelope(0, 1, 52, 53))).isEmpty();
    assertThat(new EnvelopeGrid(new Envelope[0]).query(p)).isEmpty();
  }
}
