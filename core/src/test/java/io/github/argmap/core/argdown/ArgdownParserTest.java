package io.github.argmap.core.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.argdown.ArgdownModel.RelationType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ArgdownParserTest {
    private static ArgdownModel parse(String text) throws Exception {
        return ArgdownParser.parse(ArgdownLexer.tokenize(text));
    }

    /** Runs on a 256 KB stack: anything that recursed with the input's depth would overflow it. */
    private static Object onSmallStack(java.util.concurrent.Callable<Object> task) throws Throwable {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(task.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    @Test
    void relationArrows_giveTheDirectionsArgdownGivesThem() throws Exception {
        ArgdownModel m = parse("[A]: a\n    + [B]: b\n    +> [C]: c\n    <- [D]: d\n    -> [E]: e\n    >< [F]: f\n");
        assertThat(m.relations).extracting(r -> r.type + " " + r.from.title + ">" + r.to.title).containsExactly(
                "SUPPORT B>A", "SUPPORT A>C", "ATTACK D>A", "ATTACK A>E", "CONTRADICTORY A>F");
    }

    @Test
    void equivalenceClasses_joinStatementsOfOneTitleAndKeepTheLastTextAsCanonical() throws Exception {
        ArgdownModel m = parse("[Free speech]: first\n\n[Free speech]: second #(a tag)\n\n[Free speech]\n");
        assertThat(m.statements).hasSize(1);
        ArgdownModel.EquivalenceClass ec = m.statements.get("Free speech");
        assertThat(ec.members).hasSize(3);
        assertThat(ec.canonicalText().strip()).isEqualTo("second");
        assertThat(ec.tags).containsExactly("a tag");
    }

    @Test
    void markup_isDroppedFromTheText() throws Exception {
        ArgdownModel m = parse("[A]: Some **bold** and _italic_ text, a [link](https://x.org) and .->. \\#no-tag\n");
        assertThat(m.statements.get("A").canonicalText().strip())
                .isEqualTo("Some bold and italic text, a link and \u2192 #no-tag");
    }

    @Test
    void pcs_givesPremisesConclusionAndInferenceRules() throws Exception {
        ArgdownModel m = parse("<A>: a\n\n(1) [p]: p\n(2) q\n-- modus ponens, cut {x: 1} --\n(3) [c]: c\n");
        ArgdownModel.Argument a = m.arguments.get("A");
        assertThat(a.pcs).extracting(s -> s.title + ":" + s.role).containsExactly("p:PREMISE", "Untitled 1:PREMISE",
                "c:MAIN_CONCLUSION");
        assertThat(a.pcs.get(2).inference.rules).containsExactly("modus ponens", "cut");
        assertThat(a.pcs.get(2).inference.data).containsEntry("x", "1");
    }

    @Test
    void undercutOfAReconstructedArgument_targetsItsInference() throws Exception {
        ArgdownModel m = parse("<A>\n\n(1) p\n----\n(2) c\n\n<U>: u\n    _> <A>\n");
        assertThat(m.relations).singleElement().satisfies(r -> {
            assertThat(r.type).isEqualTo(RelationType.UNDERCUT);
            assertThat(r.to).isInstanceOf(ArgdownModel.Inference.class);
        });
    }

    @Test
    void frontMatter_isYamlAndStrictModeTurnsSupportsIntoEntailments() throws Exception {
        ArgdownModel m = parse("===\ntitle: T\nmodel:\n    mode: strict\n===\n\n[A]: a\n    + [B]: b\n    - [C]: c\n");
        assertThat(m.frontMatter).containsEntry("title", "T");
        assertThat(m.relations).extracting(r -> r.type).containsExactly(RelationType.ENTAILS, RelationType.CONTRARY);
    }

    @Test
    void syntaxErrors_arePlacedAtTheOffendingToken() {
        assertThatThrownBy(() -> parse("[A]: a\n[B]: b\n")).isInstanceOfSatisfying(ArgdownParser.ParseError.class,
                e -> assertThat(e.offset).isEqualTo(7));
        assertThatThrownBy(() -> parse("[A]: a {x: [1, }\n")).isInstanceOf(ArgdownParser.ParseError.class)
                .hasMessageStartingWith("invalid YAML");
        assertThatThrownBy(() -> parse("[A]: a \\\n")).isInstanceOfSatisfying(ArgdownLexer.LexError.class,
                e -> assertThat(e.offset).isEqualTo(7));
    }

    @Test
    void hundredThousandNestedMarkupLevels_readOnASmallStack() throws Throwable {
        int depth = 100_000;
        String deep = "[A]: " + "*_".repeat(depth) + "x" + "_*".repeat(depth) + "\n";
        ArgdownModel m = (ArgdownModel) onSmallStack(() -> parse(deep));
        assertThat(m.statements.get("A").canonicalText().strip()).isEqualTo("x");
        String open = "[A]: " + "*_".repeat(depth) + "x\n";
        assertThatThrownBy(() -> onSmallStack(() -> parse(open))).isInstanceOf(ArgdownParser.ParseError.class);
    }

    @Test
    void deeplyNestedRelations_readOnASmallStack() throws Throwable {
        // A staircase of 3,000 levels (4.5 million tabs), the deepest nesting a file of this size can hold.
        StringBuilder s = new StringBuilder("[s0]: top\n");
        int depth = 3000;
        for (int i = 1; i <= depth; i++) {
            s.append("\t".repeat(i)).append(i % 2 == 0 ? "+ " : "- ").append("[s").append(i).append("]\n");
        }
        ArgdownModel m = (ArgdownModel) onSmallStack(() -> parse(s.toString()));
        assertThat(m.relations).hasSize(depth);
        assertThat(m.relations.get(0).from.title).isEqualTo("s" + depth);
        // 100,000 levels of indentation on one line under a relation: nested, read; then a statement
        // without the empty line that would close the relations: refused, at its first character.
        String hostile = "[a]: A\n    +> [b]\n" + "\t".repeat(100_000) + "+> [c]\n[b]: B\n";
        assertThatThrownBy(() -> onSmallStack(() -> parse(hostile))).isInstanceOfSatisfying(ArgdownParser.ParseError.class,
                e -> assertThat(e.offset).isEqualTo(hostile.indexOf("[b]: B")));
    }

    @Test
    void unterminatedBracketsAndBraces_lexInLinearTime() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String unit : new String[] {"[", "<", "{", "<!--", "/*", "#(", "@[", "===", "[x](", ".a", "{ } x"}) {
                String text = "[A]: " + unit.repeat(1_000_000 / unit.length()) + "\n";
                try {
                    parse(text);
                } catch (ArgdownParser.ParseError | ArgdownLexer.LexError e) {
                    assertThat(e).isNotNull();
                }
            }
        });
    }
}
