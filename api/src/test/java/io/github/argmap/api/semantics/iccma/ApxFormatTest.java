package io.github.argmap.api.semantics.iccma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApxFormatTest {
    private static List<String> problems(String text) {
        try {
            ApxFormat.read(text, "f.apx");
        } catch (InvalidMapException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void read_toleratesWhitespaceCommentsAndStatementsOverSeveralLines() {
        ArgumentationFramework af = ApxFormat.read(String.join("\n",
                "% Nixon diamond",
                "arg(a). arg(b).",
                "att(a, b).   % a attacks b",
                "att( b ,",
                "  a ).",
                ""), "nixon.apx");
        assertThat(af.ids()).containsExactly("a", "b");
        assertThat(af.attacks("a", "b")).isTrue();
        assertThat(af.attacks("b", "a")).isTrue();
        assertThat(af.attackCount()).isEqualTo(2);
    }

    @Test
    void read_acceptsBareIdsWithPunctuationQuotedIdsAndForwardReferences() {
        ArgumentationFramework af = ApxFormat.read(
                "att(x.y,\"two words\").\narg(x.y).arg(Walk).\narg(\"two words\").arg(\"q\\\"uote\\\\\").arg(c-1).",
                "ids.apx");
        assertThat(af.ids()).containsExactly("x.y", "Walk", "two words", "q\"uote\\", "c-1");
        assertThat(af.attacks("x.y", "two words")).isTrue();
    }

    @Test
    void read_reportsEveryProblemWithItsPosition() {
        assertThat(problems(String.join("\n",
                "arg(a).",
                "att(a,b).",
                "arg(a).",
                "foo(c).",
                "arg(d")))
                .containsExactly(
                        "f.apx:3:5: argument 'a' is declared twice (first at line 1); declare each argument once",
                        "f.apx:4:1: unknown statement 'foo'; an apx file holds only arg(X). and att(X,Y). facts",
                        "f.apx:5:6: expected ')' but found the end of the file",
                        "f.apx:2:7: att(a,b) names argument 'b', which no arg(b). declares; declare it or fix the attack");
    }

    @Test
    void read_reportsSyntaxErrorsInsideStatements() {
        assertThat(problems("arg().\narg(\"open\n")).containsExactly(
                "f.apx:1:5: expected an argument id but found ')'",
                "f.apx:2:5: the quoted id is not closed before the end of the line; add the closing '\"'");
        assertThat(problems("arg(a)\natt(a;a).")).containsExactly(
                "f.apx:2:1: expected '.' but found 'a'");
        assertThat(problems("arg(\" a\").")).containsExactly(
                "f.apx:1:5: argument id ' a' is not valid: use at least one character, no control characters and no leading or trailing space");
    }

    @Test
    void read_rejectsTextThatIsNotUtf8() {
        byte[] latin1 = {'a', 'r', 'g', '(', (byte) 0xE9, ')', '.'};
        assertThatThrownBy(() -> ApxFormat.read(new ByteArrayInputStream(latin1), "latin1.apx"))
                .isInstanceOf(InvalidMapException.class)
                .hasMessage("latin1.apx:1:5: the file is not UTF-8 text: byte 0xE9 here cannot start or continue a UTF-8 character; save the file as UTF-8");
    }

    @Test
    void write_listsArgumentsThenAttacksInFrameworkOrder() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("b", "a", "Walk", "c-1")
                .addAttack("a", "b").addAttack("b", "a").addAttack("c-1", "Walk").addAttack("b", "b").build();
        assertThat(ApxFormat.write(af)).isEqualTo(String.join("\n",
                "arg(b).",
                "arg(a).",
                "arg(\"Walk\").",
                "arg(\"c-1\").",
                "att(b,b).",
                "att(b,a).",
                "att(a,b).",
                "att(\"c-1\",\"Walk\").",
                ""));
    }

    private static final List<String> ODD_IDS = List.of("a", "Walk", "c-1", "x.y", "has space", "q\"uote",
            "back\\slash", "12", "a_b", "état", "0", "p(q)", "%x", "a,b");

    @Test
    void roundTrip_keepsIdsAttacksAndBytes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>(ODD_IDS);
            java.util.Collections.shuffle(ids, random);
            ids = ids.subList(0, random.nextInt(ids.size() + 1));
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            ids.forEach(b::addArgument);
            for (String x : ids) {
                for (String y : ids) {
                    if (random.nextInt(4) == 0) {
                        b.addAttack(x, y);
                    }
                }
            }
            ArgumentationFramework af = b.build();
            String text = ApxFormat.write(af);
            ArgumentationFramework back = ApxFormat.read(text, "round.apx");
            assertThat(back).as(text).isEqualTo(af);
            assertThat(ApxFormat.write(back)).isEqualTo(text);
        }
    }

    @Test
    void writeToFile_readsBackTheSameFramework(@TempDir Path dir) throws Exception {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "Walk")
                .addAttack("Walk", "a").build();
        Path file = dir.resolve("out.apx");
        ApxFormat.write(af, file);
        assertThat(Files.readString(file)).isEqualTo(ApxFormat.write(af));
        assertThat(ApxFormat.read(file)).isEqualTo(af);
    }
}
