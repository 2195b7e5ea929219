package io.github.argmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {
    @Test
    void declarationOrder_isTheLabellingOrder_inOutUndec() {
        assertThat(Status.values()).extracting(Status::labellingName).containsExactly("IN", "OUT", "UNDEC");
    }

    @Test
    void fromName_readsBothVocabularies_inAnyCase_andNothingElse() {
        assertThat(Status.fromName("accepted")).contains(Status.ACCEPTED);
        assertThat(Status.fromName("In")).contains(Status.ACCEPTED);
        assertThat(Status.fromName("OUT")).contains(Status.REJECTED);
        assertThat(Status.fromName("Undecided")).contains(Status.UNDECIDED);
        assertThat(Status.fromName("undec")).contains(Status.UNDECIDED);
        assertThat(Status.fromName("maybe")).isEmpty();
        assertThat(Status.fromName("")).isEmpty();
    }

    @Test
    void labelAndMarker_areWhatTheOutputsPrint() {
        assertThat(Status.values()).extracting(Status::label).containsExactly("accepted", "rejected", "undecided");
        assertThat(Status.values()).extracting(Status::marker).containsExactly("\u2713", "\u2717", "?");
    }
}
