package io.github.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Status;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java examples, as written there, and what the README says they give. */
class ReadmeTest {

    @Test
    void tenLineExample_worksAsTheReadmeSays(@TempDir Path dir) throws IOException {
        ArgumentMap map = ArgumentMap.builder()
                .title("Should we walk?")
                .addClaim(Claim.of("walk", "We should walk to the station."))
                .addClaim(Claim.of("sunny", "It is sunny."))
                .addClaim(Claim.of("late", "We are late."))
                .addRelation(Relation.support("sunny", "walk"))
                .addRelation(Relation.rebuttal("late", "walk"))
                .build();
        JsonMapWriter.write(map, dir.resolve("walk.json"));
        String dot = DotWriter.toDot(map, DotOptions.defaults());
        assertThat(Acceptance.of(map, Semantics.GROUNDED).status("walk")).isEqualTo(Status.REJECTED);
        assertThat(JsonMapReader.read(dir.resolve("walk.json"))).isEqualTo(map);
        assertThat(dot).startsWith("digraph");
    }

    @Test
    void threeCalls_answerOnThePanel() {
        ArgumentMap panel = Seeds.panel();
        List<Reason> against = Traversal.of(panel).caseAgainst("gursoy-cannot-exclude-turkiye");
        String digest = MarkdownSummary.render(Summary.of(panel));
        ArgumentMap nato = Traversal.of(panel).byTag("nato");
        assertThat(against).extracting(r -> r.claim().id()).contains("commission-alignment-17");
        assertThat(digest).contains("Aaron McKeil", "Ilke Toygür", "Pernille Rieker");
        assertThat(nato.claims()).allSatisfy(c -> assertThat(c.tags()).contains("nato"));
    }

    @Test
    void panelFiguresQuotedInTheReadme() {
        ArgumentMap panel = Seeds.panel();
        assertThat(panel.speakers()).hasSize(8);
        assertThat(panel.sections()).hasSize(9);
        assertThat(panel.claims()).hasSize(175);
        assertThat(panel.relations()).hasSize(201);
        assertThat(panel.relations().stream().filter(Relation::isSupport)).hasSize(179);
        assertThat(panel.relations().stream().filter(Relation::isRebuttal)).hasSize(16);
        assertThat(panel.relations().stream().filter(Relation::isUndercut)).hasSize(6);
    }
}
