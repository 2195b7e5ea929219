package io.github.argmap.api.semantics.iccma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IccmaFormatTest {
    private static List<String> problems(String text) {
        try {
            IccmaFormat.read(text, "x.af");
        } catch (InvalidMapException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void read_plainFileNamesArgumentsByNumber() {
        ArgumentationFramework af = IccmaFormat.read("# a comment\np af 3\n1 2\n\n2\t3\r\n2 3\n", "plain.af");
        assertThat(af.ids()).containsExactly("1", "2", "3");
        assertThat(af.attacks("1", "2")).isTrue();
        assertThat(af.attacks("2", "3")).isTrue();
        assertThat(af.attackCount()).isEqualTo(2);
    }

    @Test
    void write_numbersArgumentsInFrameworkOrderWithIdComments() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("walk", "2", "late")
                .addAttack("late", "walk").addAttack("walk", "late").addAttack("2", "2").build();
        // "2" is argument 2 already, so it needs no comment.
        assertThat(IccmaFormat.write(af)).isEqualTo(String.join("\n",
                "p af 3",
                "# id 1 walk",
                "# id 3 late",
                "1 3",
                "2 2",
                "3 1",
                ""));
    }

    @Test
    void read_reportsHeaderProblemsWithTheirPosition() {
        assertThat(problems("")).containsExactly(
                "x.af:1:1: the file has no 'p af N' header; an ICCMA 2023 file starts with 'p af N' giving the number of arguments");
        assertThat(problems("# only\n 1 2\n2 1\n")).containsExactly(
                "x.af:2:2: the file has no 'p af N' header; an ICCMA 2023 file starts with 'p af N' giving the number of arguments");
        assertThat(problems("p af x\n1 2\n")).containsExactly(
                "x.af:1:1: bad header 'p af x'; write 'p af N' with N the number of arguments, a whole number from 0 to 1000000");
        assertThat(problems("p af 99999999999\n")).hasSize(1);
        assertThat(problems("p af 2\np af 2\n")).containsExactly(
                "x.af:2:1: a second 'p af' header (the first is at line 1); a file holds one framework");
    }

    @Test
    void read_reportsAttackProblemsWithTheirPosition() {
        assertThat(problems("p af 2\n1 3\n1 2 2\n1 b\n0 1\n")).containsExactly(
                "x.af:2:3: argument 3 is out of range; this framework has arguments 1 to 2 (see the 'p af' header)",
                "x.af:3:1: bad attack line '1 2 2'; write two argument numbers 'i j' separated by a space",
                "x.af:4:3: 'b' is not an argument number; arguments are numbered 1 to 2",
                "x.af:5:1: argument 0 is out of range; this framework has arguments 1 to 2 (see the 'p af' header)");
    }

    @Test
    void read_reportsBadAndClashingIdComments() {
        assertThat(problems("p af 2\n# id 1 a\n# id 1 b\n# id 3 c\n# id x d\n")).containsExactly(
                "x.af:5:1: bad id comment '# id x d'; argmap writes '# id N NAME' with N an argument number and NAME its id",
                "x.af:3:1: argument 1 is named twice (first at line 2); name each argument once",
                "x.af:4:6: argument 3 is out of range; this framework has arguments 1 to 2 (see the 'p af' header)");
        assertThat(problems("p af 2\n# id 1 2\n")).containsExactly(
                "x.af:2:1: two arguments end up with id '2' (arguments 1 and 2); give each its own '# id' name");
    }

    @Test
    void roundTrip_keepsIdsAttacksAndBytes() {
        Random random = new Random(11);
        List<String> pool = List.of("a", "Walk", "c-1", "has space", "3", "1", "x.y", "état", "# not a comment");
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>(pool);
            java.util.Collections.shuffle(ids, random);
            ids = ids.subList(0, random.nextInt(ids.size() + 1));
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            ids.forEach(b::addArgument);
            for (String x : ids) {
                for (String y : ids) {
                    if (random.nextInt(3) == 0) {
                        b.addAttack(x, y);
                    }
                }
            }
            ArgumentationFramework af = b.build();
            String text = IccmaFormat.write(af);
            ArgumentationFramework back = IccmaFormat.read(text, "round.af");
            assertThat(back).as(text).isEqualTo(af);
            assertThat(IccmaFormat.write(back)).isEqualTo(text);
            // The same framework through apx, for good measure.
            assertThat(ApxFormat.read(ApxFormat.write(back), "round.apx")).isEqualTo(af);
        }
    }

    @Test
    void writeToFile_readsBackTheSameFramework(@TempDir Path dir) throws Exception {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b")
                .addAttack("a", "b").build();
        Path file = dir.resolve("out.af");
        IccmaFormat.write(af, file);
        assertThat(Files.readString(file)).isEqualTo("p af 2\n# id 1 a\n# id 2 b\n1 2\n");
        assertThat(IccmaFormat.read(file)).isEqualTo(af);
    }
}
