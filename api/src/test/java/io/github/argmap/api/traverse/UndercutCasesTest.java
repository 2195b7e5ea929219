package io.github.argmap.api.traverse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case for and against a claim counts undercuts and linked premises. */
class UndercutCasesTest {
    private static final ArgumentMap BRIDGE = ArgumentMap.builder().title("Close the bridge?")
            .addSpeaker(Speaker.of("ana", "Ana", "engineer")).addSpeaker(Speaker.of("ben", "Ben", "mayor"))
            .addClaim(Claim.of("close", "Close the bridge.").withSpeaker("ana"))
            .addClaim(Claim.of("cracks", "The report found cracks.").withSpeaker("ana"))
            .addClaim(Claim.of("unsafe", "Cracked bridges are unsafe.").withSpeaker("ana"))
            .addClaim(Claim.of("other", "The report was about another bridge.").withSpeaker("ben"))
            .addClaim(Claim.of("cost", "Closing costs too much.").withSpeaker("ben"))
            .addClaim(Claim.of("safety", "Safety comes before cost.").withSpeaker("ana"))
            .addRelation(Relation.linked(RelationKind.SUPPORT, List.of("cracks", "unsafe"), "close").withId("report"))
            .addRelation(Relation.undercut("other", "report"))
            .addRelation(Relation.rebuttal("cost", "close").withId("money"))
            .addRelation(Relation.undercut("safety", "money"))
            .build();

    @Test
    void caseAgainst_holdsRebuttersAndUndercuttersOfTheSupports() {
        List<Reason> against = Traversal.of(BRIDGE).caseAgainst("close");
        assertThat(against).extracting(r -> r.claim().id()).containsExactlyInAnyOrder("other", "cost");
        Reason other = against.stream().filter(r -> r.claim().id().equals("other")).findFirst().orElseThrow();
        assertThat(other.via().kind()).isEqualTo(RelationKind.UNDERCUT);
        assertThat(other.via().to()).isEqualTo("report");
        assertThat(BRIDGE.speakerOf(other.claim()).orElseThrow().name()).isEqualTo("Ben");
    }

    @Test
    void caseFor_holdsBothLinkedPremisesAndTheUndercutterOfTheRebuttal() {
        assertThat(Traversal.of(BRIDGE).caseFor("close")).extracting(r -> r.claim().id())
                .containsExactlyInAnyOrder("cracks", "unsafe", "safety");
    }

    @Test
    void subMap_keepsALinkedRelationWhole_andTheUndercutOfAKeptRelation() {
        ArgumentMap sub = Traversal.of(BRIDGE).subMap(c -> !c.id().equals("cost"));
        assertThat(sub.relations()).extracting(Relation::id).containsExactly("report", "");
        assertThat(sub.undercutsOf("report")).hasSize(1);
        ArgumentMap withoutPremise = Traversal.of(BRIDGE).subMap(c -> !c.id().equals("unsafe"));
        assertThat(withoutPremise.relations()).extracting(Relation::id).containsExactly("money", "");
    }
}
