package io.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProposalTest {
  @Test
  void labelsNumberFootprintsFromOneWithAtLeastTwoDigits() {
    assertThat(Proposal.label(0)).isEqualTo("F01");
    assertThat(Proposal.label(8)).isEqualTo("F09");
    assertThat(Proposal.label(9)).isEqualTo("F10");
    assertThat(Proposal.label(99)).isEqualTo("F100");
    // the labels spelled once and those spelled on demand meet without a seam
    for (int f = 0; f < 2_000; f++) {
      assertThat(Proposal.label(f)).isEqualTo(String.format("F%02d", f + 1));
    }
  }
}
