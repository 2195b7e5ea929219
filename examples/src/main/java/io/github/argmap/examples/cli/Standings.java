package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.summary.SummaryOptions;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Status;
import java.util.Map;

/** Feeds the semantics' verdicts to the summary and to the DOT overlay. */
final class Standings {
    private Standings() {}

    /** Grounded acceptance (default, attack-only reading) and DF-QuAD strength: what the panel's digest shows. */
    static SummaryOptions summaryOptions(ArgumentMap map) {
        return SummaryOptions.defaults()
                .withAcceptance(Acceptance.of(map, Semantics.GROUNDED))
                .withStrengths(Strength.dfQuad(map));
    }

    static Map<String, Status> dotStatus(Acceptance acceptance) {
        return acceptance.statuses();
    }

    static Map<String, Double> dotStrength(Strengths strengths) {
        return strengths.values();
    }
}
