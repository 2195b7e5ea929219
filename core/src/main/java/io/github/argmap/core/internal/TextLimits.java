package io.github.argmap.core.internal;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * The longest text argmap's readers take back, for writers that must not write a file no reader
 * of theirs reads: every reader refuses a string longer than {@link #MAX_TEXT}. It lives here,
 * not in a format's package, because the JSON, AIF, Argdown and GraphML packages all need it.
 *
 * <pre>{@code
 * List<Problem> tooLong = TextLimits.tooLong(map);   // empty when every text can be read back
 * }</pre>
 */
public final class TextLimits {
    /** The longest text, in characters, that argmap's readers accept. */
    public static final int MAX_TEXT = 4_000_000;

    private TextLimits() {}

    /**
     * Lists the texts of a map too long to be read back, each at its JSON pointer.
     *
     * @param map the map
     * @return one problem per such text, in map order; empty when there is none
     */
    public static List<Problem> tooLong(ArgumentMap map) {
        List<Problem> out = new ArrayList<>();
        check(out, "the title", "/title", map.title());
        map.source().path().ifPresent(v -> check(out, "the source's path", "/source/path", v));
        map.source().title().ifPresent(v -> check(out, "the source's title", "/source/title", v));
        map.source().date().ifPresent(v -> check(out, "the source's date", "/source/date", v));
        for (int i = 0; i < map.notes().size(); i++) {
            check(out, "note " + i, "/notes/" + i, map.notes().get(i));
        }
        for (int i = 0; i < map.speakers().size(); i++) {
            Speaker s = map.speakers().get(i);
            String of = " of speaker '" + s.id() + "'";
            check(out, "the name" + of, "/speakers/" + i + "/name", s.name());
            check(out, "the role" + of, "/speakers/" + i + "/role", s.role());
            int at = i;
            s.affiliation().ifPresent(v -> check(out, "the affiliation" + of, "/speakers/" + at + "/affiliation", v));
        }
        for (int i = 0; i < map.sections().size(); i++) {
            Section s = map.sections().get(i);
            check(out, "the title of section '" + s.id() + "'", "/sections/" + i + "/title", s.title());
        }
        for (int i = 0; i < map.claims().size(); i++) {
            Claim c = map.claims().get(i);
            String of = " of claim '" + c.id() + "'";
            int at = i;
            check(out, "the text" + of, "/claims/" + i + "/text", c.text());
            c.quote().ifPresent(v -> check(out, "the quote" + of, "/claims/" + at + "/quote", v));
            c.note().ifPresent(v -> check(out, "the note" + of, "/claims/" + at + "/note", v));
        }
        for (int i = 0; i < map.relations().size(); i++) {
            Relation r = map.relations().get(i);
            int at = i;
            r.note().ifPresent(v -> check(out, "the note of relation " + String.join(" + ", r.from()) + " -> " + r.to(), "/relations/" + at + "/note", v));
        }
        return out;
    }

    /**
     * Adds a problem when a text is longer than {@link #MAX_TEXT}.
     *
     * @param out where problems go
     * @param what how the message names the text
     * @param pointer its JSON pointer
     * @param text the text
     */
    public static void check(List<Problem> out, String what, String pointer, String text) {
        if (text.length() > MAX_TEXT) {
            out.add(Problem.at(pointer, format(Messages.TEXT_TOO_LONG_TO_WRITE, what, text.length(), MAX_TEXT)));
        }
    }
}
