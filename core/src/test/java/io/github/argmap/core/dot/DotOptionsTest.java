package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DotOptionsTest {
    @Test
    void defaults_drawEverythingUnclusteredBottomUpWithALegend() {
        DotOptions d = DotOptions.defaults();
        assertThat(d.cluster()).isEqualTo(Cluster.NONE);
        assertThat(d.rankDir()).isEqualTo(RankDir.BT);
        assertThat(d.focus()).isEmpty();
        assertThat(d.tag()).isEmpty();
        assertThat(d.status()).isEmpty();
        assertThat(d.strength()).isEmpty();
        assertThat(d.wrapWidth()).isEqualTo(34);
        assertThat(d.legend()).isTrue();
        assertThat(DotOptions.builder().build()).isEqualTo(d);
    }

    @Test
    void builder_setsEveryOption_andToBuilderCopiesThem() {
        DotOptions o = DotOptions.builder().cluster(Cluster.SPEAKER).rankDir(RankDir.LR).focus("c1", 2).tag("nato")
                .status(Map.of("c1", ClaimStatus.REJECTED)).strength(Map.of("c1", 0.25)).wrapWidth(40).legend(false).build();
        assertThat(o).isEqualTo(new DotOptions(Cluster.SPEAKER, RankDir.LR, Optional.of(new DotOptions.Focus("c1", 2)),
                Optional.of("nato"), Map.of("c1", ClaimStatus.REJECTED), Map.of("c1", 0.25), 40, false));
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThat(o.toBuilder().noFocus().noTag().build().focus()).isEmpty();
    }

    @Test
    void options_areImmutable() {
        Map<String, ClaimStatus> status = new HashMap<>(Map.of("c1", ClaimStatus.ACCEPTED));
        DotOptions o = DotOptions.builder().status(status).build();
        status.put("c2", ClaimStatus.REJECTED);
        assertThat(o.status()).containsOnlyKeys("c1");
        assertThatThrownBy(() -> o.status().put("c3", ClaimStatus.UNDECIDED)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_rejectsANegativeDepthANarrowWidthAndAnInfiniteStrength() {
        assertThatThrownBy(() -> DotOptions.builder().focus("c1", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("focus depth -1 is negative");
        assertThatThrownBy(() -> DotOptions.builder().wrapWidth(7).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8");
        assertThatThrownBy(() -> DotOptions.builder().strength(Map.of("c1", Double.NaN)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'c1' is NaN");
        assertThat(DotOptions.builder().wrapWidth(8).build().wrapWidth()).isEqualTo(8);
    }
}
