package io.github.argmap.api.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Status;
import io.github.argmap.core.seeds.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the panel's claims stand, and why the support reading matters. */
class PanelSemanticsTest {
    private final ArgumentMap panel = Seeds.panel();
    /** The four theses the event turns on (the same list as core's PanelMapTest). */
    private static final List<String> CENTRAL_THESES = List.of(
            "gursoy-engage-non-eu-nato", "toygur-differentiated-engagement", "rieker-di-at-pace",
            "mckeil-europe-needs-coalition");

    @Test
    void natoWithinNatoDefeatsReplacingNato_underEitherReading() {
        for (SupportReading reading : SupportReading.values()) {
            Acceptance grounded = Acceptance.of(panel, Semantics.GROUNDED, reading);
            // Neither of McKeil's answers is rebutted, so both stand and the audience's question falls.
            assertThat(grounded.status("mckeil-nato-within-nato")).as(reading.name()).isEqualTo(Status.ACCEPTED);
            assertThat(grounded.status("mckeil-complement-nato")).as(reading.name()).isEqualTo(Status.ACCEPTED);
            assertThat(grounded.status("audience-replace-nato")).as(reading.name()).isEqualTo(Status.REJECTED);
        }
    }

    @Test
    void secondaryAttacksAppearOnlyInTheBipolarReading() {
        // Toygür's answer on SAFE rebuts the audience's complaint, which supports the chair's Türkiye
        // premise: a secondary attack on that premise in the bipolar reading only.
        ArgumentationFramework bipolar = MapFramework.of(panel, SupportReading.BIPOLAR).framework();
        ArgumentationFramework plain = MapFramework.of(panel, SupportReading.ATTACK_ONLY).framework();
        assertThat(bipolar.attacks("toygur-safe-reflects-alignment", "gursoy-cannot-exclude-turkiye")).isTrue();
        assertThat(plain.attacks("toygur-safe-reflects-alignment", "gursoy-cannot-exclude-turkiye")).isFalse();
        // Nothing rebuts the premise directly, so with supports ignored it stands.
        assertThat(Acceptance.of(panel, Semantics.GROUNDED, SupportReading.ATTACK_ONLY).status("gursoy-engage-non-eu-nato"))
                .isEqualTo(Status.ACCEPTED);
        assertThat(Acceptance.of(panel, Semantics.GROUNDED).reading()).isEqualTo(SupportReading.ATTACK_ONLY);
    }

    @Test
    void theCentralThesesStandUnderEveryReading_forNobodyInTheDebateRefutesThem() {
        // The event's premise, Toygür's differentiated engagement, Rieker's concluding point and
        // McKeil's central argument: no rebuttal of them, and since the re-reading
        // (docs/panel-reading.md) no chain of supports carries an attack to them either.
        for (SupportReading reading : SupportReading.values()) {
            ArgumentationFramework af = MapFramework.of(panel, reading).framework();
            Acceptance grounded = Acceptance.of(panel, Semantics.GROUNDED, reading);
            for (String thesis : CENTRAL_THESES) {
                assertThat(af.attackersOf(af.requireIndex(thesis))).as("%s: attackers of %s", reading, thesis).isEmpty();
                assertThat(grounded.status(thesis)).as("%s: %s", reading, thesis).isEqualTo(Status.ACCEPTED);
            }
        }
    }

    @Test
    void commissionFindingsAreUnattackedSoTheyStand() {
        Acceptance grounded = Acceptance.of(panel, Semantics.GROUNDED, SupportReading.ATTACK_ONLY);
        assertThat(grounded.status("commission-alignment-17")).isEqualTo(Status.ACCEPTED);
        assertThat(grounded.status("commission-sanctions-circumvention")).isEqualTo(Status.ACCEPTED);
        assertThat(grounded.status("gursoy-cannot-exclude-turkiye")).isEqualTo(Status.REJECTED);
    }

    @Test
    void panelHasNoRebuttalCycles_soGroundedIsTheOnlyCompleteExtension() {
        // With no cycle of attacks a framework is well-founded: grounded = preferred = stable, one extension.
        ArgumentationFramework plain = MapFramework.of(panel, SupportReading.ATTACK_ONLY).framework();
        assertThat(Semantics.PREFERRED.extensions(plain)).hasSize(1);
        assertThat(Semantics.STABLE.extensions(plain)).isEqualTo(Semantics.PREFERRED.extensions(plain));
        assertThat(Semantics.PREFERRED.extensions(plain).get(0).ids())
                .containsExactlyInAnyOrderElementsOf(Semantics.GROUNDED.extensions(plain).get(0).ids());
    }
}
