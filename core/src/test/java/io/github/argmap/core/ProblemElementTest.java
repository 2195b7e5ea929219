package io.github.argmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.argmap.core.json.JsonMapReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemElementTest {
    @Test
    void builderProblems_nameTheElementByKindPositionIdAndField() {
        InvalidMapException e = catchThrowableOfType(InvalidMapException.class, () -> ArgumentMap.builder()
                .addClaim(Claim.of("a", "A.")).addClaim(Claim.of("b", " "))
                .addRelation(Relation.support("a", "zz")).build());
        assertThat(e.problems()).extracting(Problem::element).containsExactly(
                Optional.of(new Problem.Element(Problem.Kind.CLAIM, 1, "b", "text")),
                Optional.of(new Problem.Element(Problem.Kind.RELATION, 0, "", "to")));
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/claims/1/text", "/relations/0/to");
    }

    @Test
    void aReader_placesTheElementInItsOwnFile_andKeepsTheReference() {
        String json = "{\"argmap\": 1, \"title\": \"t\", \"claims\": [\n"
                + "  {\"id\": \"a\", \"text\": \"A.\"},\n"
                + "  {\"id\": \"b\", \"text\": \"B.\"}],\n"
                + " \"relations\": [\n"
                + "  {\"from\": \"a\", \"to\": \"b\", \"kind\": \"support\"},\n"
                + "  {\"from\": \"b\", \"to\": \"nope\", \"kind\": \"rebuttal\"}]}\n";
        InvalidMapException e = catchThrowableOfType(InvalidMapException.class, () -> JsonMapReader.read(json, "m.json"));
        List<Problem> problems = e.problems();
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.element()).contains(new Problem.Element(Problem.Kind.RELATION, 1, "", "to"));
        assertThat(p.pointer()).isEqualTo("/relations/1/to");
        assertThat(p.toString()).startsWith("m.json:6:23: ");
    }
}
