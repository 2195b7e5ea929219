package io.github.argmap.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.aif.AifFormat;
import io.github.argmap.core.argdown.ArgdownFormat;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.graphml.GraphmlFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers shared by the hostile tests of the AIF, Argdown and GraphML formats. */
final class FormatCases {
    static final MapFormat AIF = new AifFormat();
    static final MapFormat ARGDOWN = new ArgdownFormat();
    static final MapFormat GRAPHML = new GraphmlFormat();
    static final List<MapFormat> FORMATS = List.of(AIF, ARGDOWN, GRAPHML);

    private FormatCases() {}

    static byte[] bytes(MapFormat format, ArgumentMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(map, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ReadResult read(MapFormat format, byte[] bytes, String name) {
        try {
            return format.read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem names the file and a 1-based line and column, and says something. */
    static void assertPlaced(InvalidMapException e, String name) {
        assertThat(e.problems()).as(name).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.file()).as("%s: %s", name, p).isEqualTo(name);
            assertThat(p.line()).as("%s: %s", name, p).isPositive();
            assertThat(p.column()).as("%s: %s", name, p).isPositive();
            assertThat(p.message()).as("%s: %s", name, p).isNotBlank();
        }
    }

    /** Whether XML 1.0 can hold the code point (its Char production). */
    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** The text with every character XML 1.0 cannot hold (lone surrogates included) replaced by U+FFFD. */
    static String xmlClean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(xmlChar(cp) ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean xmlClean(ArgumentMap map) {
        return xmlCleaned(map).equals(map);
    }

    private static Optional<String> clean(Optional<String> s) {
        return s.map(FormatCases::xmlClean);
    }

    /** The map with every user text passed through {@link #xmlClean(String)}; ids are ASCII already. */
    static ArgumentMap xmlCleaned(ArgumentMap map) {
        ArgumentMap.Builder b = ArgumentMap.builder().title(xmlClean(map.title()));
        Source s = map.source();
        b.source(new Source(clean(s.path()), clean(s.title()), clean(s.date())));
        map.notes().forEach(n -> b.addNote(xmlClean(n)));
        for (Speaker sp : map.speakers()) {
            b.addSpeaker(new Speaker(sp.id(), xmlClean(sp.name()), xmlClean(sp.role()), clean(sp.affiliation())));
        }
        for (Section sec : map.sections()) {
            b.addSection(new Section(sec.id(), xmlClean(sec.title())));
        }
        map.metadata().forEach((k, v) -> b.putMetadata(xmlClean(k), xmlClean(v)));
        for (Claim c : map.claims()) {
            b.addClaim(new Claim(c.id(), xmlClean(c.text()), c.speaker(), c.section(), clean(c.quote()), c.tags(),
                    clean(c.note()), c.weight(), clean(c.title())));
        }
        for (io.github.argmap.core.Argument a : map.arguments()) {
            b.addArgument(new io.github.argmap.core.Argument(a.id(), xmlClean(a.text()), clean(a.title()), a.premises(),
                    a.conclusion(), a.speaker(), a.section(), clean(a.quote()), a.tags(), clean(a.note())));
        }
        for (Relation r : map.relations()) {
            b.addRelation(new Relation(r.id(), r.from(), r.to(), r.kind(), clean(r.note()), clean(r.scheme())));
        }
        return b.build();
    }

    /**
     * What argmap's Argdown export of a map reads back as: the same map, except that claims come
     * back grouped by section (those without a section first, then each section's in section order)
     * and so do argument nodes; relations keep their order and ids.
     */
    static ArgumentMap argdownOrder(ArgumentMap map) {
        Map<String, List<Claim>> bySection = new LinkedHashMap<>();
        Map<String, List<io.github.argmap.core.Argument>> argumentsBySection = new LinkedHashMap<>();
        bySection.put("", new ArrayList<>());
        argumentsBySection.put("", new ArrayList<>());
        map.sections().forEach(s -> bySection.put(s.id(), new ArrayList<>()));
        map.sections().forEach(s -> argumentsBySection.put(s.id(), new ArrayList<>()));
        map.claims().forEach(c -> bySection.get(c.section().orElse("")).add(c));
        map.arguments().forEach(a -> argumentsBySection.get(a.section().orElse("")).add(a));
        ArgumentMap.Builder b = ArgumentMap.builder().title(map.title()).source(map.source());
        map.notes().forEach(b::addNote);
        map.metadata().forEach(b::putMetadata);
        map.speakers().forEach(b::addSpeaker);
        map.sections().forEach(b::addSection);
        bySection.values().forEach(b::addClaims);
        argumentsBySection.values().forEach(b::addArguments);
        b.addRelations(map.relations());
        return b.build();
    }
}
