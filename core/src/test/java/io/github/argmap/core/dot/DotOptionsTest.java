package io.github.argmap.core.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DotOptionsTest {
    @Test
    void defaults_drawAnOverviewBySectionBottomUpWithALegend() {
        DotOptions d = DotOptions.defaults();
        assertThat(d.cluster()).isEqualTo(Cluster.SECTION);
        assertThat(d.layout()).isEqualTo(Layout.OVERVIEW);
        assertThat(d.rankDir()).isEqualTo(RankDir.BT);
        assertThat(d.subtitle()).isEmpty();
        assertThat(d.coloring()).isEmpty();
        assertThat(d.status()).isEmpty();
        assertThat(d.strength()).isEmpty();
        assertThat(d.wrapWidth()).isEqualTo(34);
        assertThat(d.legend()).isTrue();
        assertThat(DotOptions.builder().build().toBuilder().build()).isEqualTo(d);
    }

    @Test
    void builder_setsEveryOption_andToBuilderCopiesThem() {
        Coloring coloring = Coloring.byStatus(Map.of());
        Function<Claim, Map<String, String>> claims = c -> Map.of("URL", c.id());
        Function<Relation, Map<String, String>> relations = r -> Map.of("weight", "2");
        DotOptions o = DotOptions.builder().cluster(Cluster.SPEAKER).rankDir(RankDir.LR).layout(Layout.FREE)
                .subtitle("part").coloring(coloring).status(Map.of("c1", Status.REJECTED)).strength(Map.of("c1", 0.25))
                .wrapWidth(40).legend(false).claimAttributes(claims).relationAttributes(relations).build();
        assertThat(o).isEqualTo(new DotOptions(Cluster.SPEAKER, RankDir.LR, Layout.FREE, Optional.of("part"),
                Optional.of(coloring), Map.of("c1", Status.REJECTED), Map.of("c1", 0.25), 40, false, claims, relations));
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void options_areImmutable() {
        Map<String, Status> status = new HashMap<>(Map.of("c1", Status.ACCEPTED));
        DotOptions o = DotOptions.builder().status(status).build();
        status.put("c2", Status.REJECTED);
        assertThat(o.status()).containsOnlyKeys("c1");
        assertThatThrownBy(() -> o.status().put("c3", Status.UNDECIDED)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_rejectsANarrowWidthAndAnInfiniteStrength() {
        assertThatThrownBy(() -> DotOptions.builder().wrapWidth(7).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8");
        assertThatThrownBy(() -> DotOptions.builder().strength(Map.of("c1", Double.NaN)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'c1' is NaN");
        assertThat(DotOptions.builder().wrapWidth(8).build().wrapWidth()).isEqualTo(8);
    }
}
