package io.github.argmap.core.argdown;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.argdown.ArgdownModel.EquivalenceClass;
import io.github.argmap.core.argdown.ArgdownModel.Inference;
import io.github.argmap.core.argdown.ArgdownModel.Member;
import io.github.argmap.core.argdown.ArgdownModel.Node;
import io.github.argmap.core.argdown.ArgdownModel.RelationType;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.NodeField;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.UnicodeText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads Argdown as the Argdown CLI 1.7.5 reads it ({@link ArgdownLexer}, {@link ArgdownParser}) and
 * maps what it finds into an argument map: statements become claims, arguments argument nodes
 * (premises and conclusion from their premise-conclusion structure), supports and entailments
 * supports, attacks and contraries rebuttals, a contradiction two rebuttals, an undercut an undercut
 * of the relation that carries the inference it attacks. See the package documentation.
 */
final class ArgdownReader {
    /** Data keys a statement's or argument's {@code {...}} may carry for argmap. */
    private static final Set<String> NODE_KEYS = Set.of("id", "title", "text", "speaker", "quote", "note", "weight",
            "premises", "conclusion", "relation");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title");

    /** A relation the map cannot hold: its kind, then why. Tests count these by kind. */
    static final String LEFT_OUT = "left out (%s): %s";

    private final String name;
    private final List<Problem> warnings = new ArrayList<>();
    private ArgdownLexer.Lines lines;
    /** The file's {@code @include}s replaced, and where each position of the joined text came from. */
    private ArgdownIncludes includes;
    private final Map<String, Integer> ignoredKeys = new TreeMap<>();

    ArgdownReader(String name) {
        this.name = name;
    }

    private Problem at(int offset, String message) {
        return includes.at(name, lines, offset, message);
    }

    private InvalidMapException fail(int offset, String message) {
        return new InvalidMapException(List.of(at(offset, message)));
    }

    ReadResult read(byte[] bytes) {
        // Strictly: invalid UTF-8 read as U+FFFD would change the map's texts without a word.
        includes = ArgdownIncludes.expand(decode(bytes, name), name);
        String text = includes.text();
        lines = ArgdownLexer.Lines.of(text);
        if (text.isBlank()) {
            // The Argdown CLI refuses an empty file too ("Missing input").
            throw fail(0, ArgdownMessages.EMPTY);
        }
        ArgdownModel m;
        try {
            ArgdownLexer lx = ArgdownLexer.tokenize(text);
            int first = 0;
            while (first < text.length() && ArgdownLexer.isJsSpace(text.charAt(first))) {
                first++;
            }
            if (first < text.length() && text.charAt(first) == '=' && lx.kind[0] != ArgdownLexer.FRONT_MATTER
                    && !(lx.kind[0] == ArgdownLexer.NEWLINE && lx.kind[1] == ArgdownLexer.FRONT_MATTER)
                    && !(lx.kind[0] == ArgdownLexer.EMPTYLINE && lx.kind[1] == ArgdownLexer.FRONT_MATTER)) {
                // The Argdown CLI would read the '=' signs as a statement; a file that opens front
                // matter and never closes it is a cut or broken one, and argmap's files open this way.
                throw fail(first, ArgdownMessages.UNCLOSED_FRONT_MATTER);
            }
            m = ArgdownParser.parse(lx);
        } catch (ArgdownLexer.LexError e) {
            throw fail(e.offset, text.charAt(e.offset) == '\\' ? ArgdownMessages.DANGLING_ESCAPE
                    : "no Argdown token starts here");
        } catch (ArgdownParser.ParseError e) {
            throw fail(Math.max(0, Math.min(e.offset, text.length())), e.getMessage());
        }
        return new Mapping(m, text).map();
    }

    /**
     * The text of a file, as {@link UnicodeText#decode} reads it: a file without a byte order mark
     * is first read by the String constructor (a third faster than a reporting decoder in a short
     * run), and only a text with a replacement character in it, which a malformed byte would have
     * left, is read again by the strict decoder, for its error or, when the character was in the
     * file, the same text.
     */
    static String decode(byte[] bytes, String name) {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        if (!bom) {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return UnicodeText.decode(bytes, name);
    }

    // ---- ids ----

    /**
     * A valid, deterministic id for a free-text title: accents dropped, every run of characters an id
     * cannot hold turned into one hyphen, at most 100 characters; a title with nothing left (all CJK,
     * say) gets {@code prefix} and a hash of the title. Collisions are resolved by the caller.
     */
    static String deriveId(String title, String prefix) {
        // Most titles are ASCII or Latin-1, and the normalizer's tables cost milliseconds to load.
        String folded = isAscii(title) ? title : isLatin1(title) ? foldLatin1(title) : Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder(Math.min(folded.length(), 100));
        boolean dash = false;
        for (int i = 0; i < folded.length() && s.length() < 100; i++) {
            char c = folded.charAt(i);
            if (c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // no character below U+0300 is a non-spacing mark
            }
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
            if (ok) {
                s.append(c);
                dash = false;
            } else if (!dash && s.length() > 0) {
                s.append('-');
                dash = true;
            }
        }
        while (s.length() > 0 && (s.charAt(s.length() - 1) == '-' || s.charAt(s.length() - 1) == '.')) {
            s.setLength(s.length() - 1);
        }
        if (s.length() == 0) {
            return prefix + "-" + String.format(Locale.ROOT, "%08x", title.hashCode());
        }
        return s.toString();
    }

    /**
     * NFKD of U+00A0 to U+00FF without its non-spacing marks, index c - 0xA0 (checked against
     * {@link Normalizer} for every character by the tests): a letter with an accent is its base
     * letter, a spacing accent or no-break space a space, ª º ¹ ² ³ a letter or digit, a vulgar
     * fraction digits around U+2044, µ the Greek letter; everything else stays.
     */
    private static final String[] LATIN1_FOLD = latin1Fold();

    private static String[] latin1Fold() {
        String[] fold = new String[0x60];
        // U+00C0 to U+00FF, '=' where the character stays itself.
        String letters = "AAAAAA=CEEEEIIII=NOOOOO==UUUUY==aaaaaa=ceeeeiiii=nooooo==uuuuy=y";
        for (int c = 0xA0; c <= 0xFF; c++) {
            char l = c >= 0xC0 ? letters.charAt(c - 0xC0) : '=';
            fold[c - 0xA0] = l == '=' ? String.valueOf((char) c) : String.valueOf(l);
        }
        for (int c : new int[] {0xA0, 0xA8, 0xAF, 0xB4, 0xB8}) {
            fold[c - 0xA0] = " ";
        }
        fold[0xAA - 0xA0] = "a";
        fold[0xBA - 0xA0] = "o";
        fold[0xB9 - 0xA0] = "1";
        fold[0xB2 - 0xA0] = "2";
        fold[0xB3 - 0xA0] = "3";
        fold[0xB5 - 0xA0] = "\u03bc";
        fold[0xBC - 0xA0] = "1\u20444";
        fold[0xBD - 0xA0] = "1\u20442";
        fold[0xBE - 0xA0] = "3\u20444";
        return fold;
    }

    /** What {@link #deriveId} keeps of {@code Normalizer.normalize(title, NFKD)} for a Latin-1 title. */
    static String foldLatin1(String title) {
        StringBuilder s = new StringBuilder(title.length() + 4);
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 0xA0) {
                s.append(LATIN1_FOLD[c - 0xA0]);
            } else {
                s.append(c); // ASCII and the C1 controls, which NFKD keeps
            }
        }
        return s.toString();
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String unique(String id, Set<String> taken) {
        if (taken.add(id)) {
            return id;
        }
        for (int k = 2; ; k++) {
            String next = id + "-" + k;
            if (taken.add(next)) {
                return next;
            }
        }
    }

    // ---- the mapping ----

    /** One relation of the map being built, before ids are assigned. */
    private static final class Slot {
        RelationKind kind;
        List<String> from;
        String to;
        Optional<String> note = Optional.empty();
        Optional<String> scheme = Optional.empty();
        String explicitId;
        int offset;
        /** For an undercut: the slot it undercuts, once known. */
        Slot target;
        /** For an undercut: an explicit relation id from argmap's data, resolved after ids are known. */
        String targetId;
        /** For an undercut: what Argdown says it attacks. */
        Node argdownTarget;
        String id;
    }

    private final class Mapping {
        final ArgdownModel m;
        final String text;
        final ArgumentMap.Builder b = ArgumentMap.builder();
        final Set<String> nodeIds = new HashSet<>();
        final Map<String, Node> reserved = new HashMap<>();
        final Map<ArgdownModel.Section, String> sectionId = new IdentityHashMap<>();
        final Set<String> speakers = new HashSet<>();
        boolean speakerTable;
        final List<Integer> claimAt = new ArrayList<>();
        final List<Integer> argumentAt = new ArrayList<>();
        final List<Integer> sectionAt = new ArrayList<>();
        final List<Integer> speakerAt = new ArrayList<>();
        final List<Integer> relationAt = new ArrayList<>();
        final Map<String, Argument> arguments = new HashMap<>();
        final Map<String, String> tagOriginals = new TreeMap<>();

        Mapping(ArgdownModel m, String text) {
            this.m = m;
            this.text = text;
        }

        ReadResult map() {
            frontMatter();
            sections();
            claims();
            arguments();
            relations();
            tagOriginals.forEach((slug, original) -> b.putMetadata("tag." + slug, original));
            if (!ignoredKeys.isEmpty()) {
                StringBuilder keys = new StringBuilder();
                ignoredKeys.forEach((k, n) -> keys.append(keys.length() == 0 ? "" : ", ").append(k)
                        .append(n > 1 ? " (" + n + "x)" : ""));
                warnings.add(new Problem(name, 1, 1, "", "Argdown data argmap has no field for, ignored: " + keys));
            }
            try {
                return new ReadResult(b.build(), warnings);
            } catch (InvalidMapException e) {
                List<Problem> placed = new ArrayList<>();
                for (Problem p : e.problems()) {
                    int offset = 0;
                    if (p.element().isPresent()) {
                        int k = p.element().get().index();
                        List<Integer> origins = switch (p.element().get().kind()) {
                            case SPEAKER -> speakerAt;
                            case SECTION -> sectionAt;
                            case CLAIM -> claimAt;
                            case ARGUMENT -> argumentAt;
                            default -> relationAt;
                        };
                        offset = k >= 0 && k < origins.size() ? origins.get(k) : 0;
                    }
                    placed.add(p.placed(name, lines.line(offset), lines.column(offset), ""));
                }
                throw new InvalidMapException(placed);
            }
        }

        // ---- front matter: title, argmap's own object, everything else as metadata ----

        void frontMatter() {
            Map<String, Object> fm = m.frontMatter;
            if (fm == null) {
                return;
            }
            int at = m.frontMatterOffset;
            for (Map.Entry<String, Object> e : fm.entrySet()) {
                String key = e.getKey();
                Object v = e.getValue();
                if (key.equals("title") && v instanceof String s) {
                    b.title(s);
                } else if (key.equals("argmap") && v instanceof Map<?, ?> argmap) {
                    argmapObject(argmap, at);
                } else if (key.equals("model") && v instanceof Map<?, ?> model && fm.get("argmap") instanceof Map<?, ?>) {
                    // argmap's own files switch off Argdown's moving of argument relations; that setting is
                    // the file's, not the map's.
                    Map<Object, Object> rest = new LinkedHashMap<>(model);
                    rest.remove(ArgdownWriter.NO_TRANSFORM);
                    if (!rest.isEmpty()) {
                        flatten(key, rest);
                    }
                } else if (!key.isBlank()) {
                    flatten(key, v);
                }
            }
            if (fm.get("argmap") instanceof Map<?, ?>) {
                // Argdown has no closing token: argmap's own files end with a comment line, so that a
                // file cut short is refused instead of read as a smaller map.
                String trimmed = text.stripTrailing();
                if (!trimmed.endsWith(ArgdownWriter.END)) {
                    throw fail(trimmed.length(), String.format(Locale.ROOT, ArgdownMessages.NO_END, ArgdownWriter.END));
                }
            }
        }

        void flatten(String key, Object v) {
            if (v instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    flatten(key + "." + e.getKey(), e.getValue());
                }
            } else if (v instanceof List<?> list) {
                b.putMetadata(key, json(list));
            } else {
                b.putMetadata(key, v == ArgdownYaml.NULL ? "" : String.valueOf(v));
            }
        }

        void argmapObject(Map<?, ?> argmap, int at) {
            Object version = argmap.get("version");
            if (!String.valueOf(ArgdownWriter.VERSION).equals(version)) {
                throw fail(at, "unsupported argmap front matter version " + version + "; this argmap reads version "
                        + ArgdownWriter.VERSION);
            }
            if (argmap.get("source") instanceof Map<?, ?> s) {
                b.source(new Source(str(s.get("path")), str(s.get("title")), str(s.get("date"))));
            }
            if (argmap.get("notes") instanceof List<?> notes) {
                for (Object n : notes) {
                    if (n instanceof String note) {
                        b.addNote(note);
                    }
                }
            }
            if (argmap.get("speakers") instanceof List<?> list) {
                speakerTable = true;
                for (Object o : list) {
                    if (o instanceof Map<?, ?> s && s.get("id") instanceof String id && s.get("name") instanceof String sn) {
                        b.addSpeaker(new Speaker(id, sn, s.get("role") instanceof String r ? r : "", str(s.get("affiliation"))));
                        speakers.add(id);
                        speakerAt.add(at);
                    } else {
                        throw fail(at, "a speaker in the argmap front matter needs an \"id\" and a \"name\"");
                    }
                }
            }
        }

        // ---- sections ----

        void sections() {
            Set<String> taken = new HashSet<>();
            int n = 0;
            if (m.sections.size() == 1 && m.statements.isEmpty() && m.arguments.isEmpty() && m.sections.get(0).data != null
                    && "true".equals(m.sections.get(0).data.get(ArgdownWriter.EMPTY_MARK))) {
                // argmap's file for a map without claims, arguments or sections: Argdown needs one block.
                return;
            }
            for (ArgdownModel.Section s : m.sections) {
                n++;
                Map<String, Object> data = s.data;
                String title = data != null && data.get("title") instanceof String t ? t : s.title;
                String id = data != null && data.get("id") instanceof String given && Ids.isValid(given) && !taken.contains(given)
                        ? given : null;
                if (id == null) {
                    id = title.isBlank() ? "s" + n : deriveId(title, "s");
                    id = unique(id, taken);
                } else {
                    taken.add(id);
                }
                ignore(data, SECTION_KEYS);
                sectionId.put(s, id);
                b.addSection(new Section(id, title.isBlank() ? id : title));
                sectionAt.add(s.offset);
            }
        }

        // ---- claims ----

        String nodeId(Node n, Map<String, Object> data, String prefix, boolean untitled) {
            String given = data != null && data.get("id") instanceof String s && reserved.get(s) == n ? s : null;
            String id = given != null ? given : unique(deriveId(n.title, prefix), nodeIds);
            n.id = id;
            return id;
        }

        List<String> tags(List<String> tags) {
            List<String> out = new ArrayList<>();
            for (String t : tags) {
                String slug = Ids.isValid(t) ? t : deriveId(t, "tag");
                if (!slug.equals(t)) {
                    tagOriginals.putIfAbsent(slug, t);
                }
                out.add(slug);
            }
            return out;
        }

        /** Ids given in data are reserved before any id is derived, so that a derived id never takes one. */
        void reserveGivenIds() {
            List<Node> nodes = new ArrayList<>(m.statements.values());
            nodes.addAll(m.arguments.values());
            for (Node n : nodes) {
                if (n.data != null && n.data.get("id") instanceof String s && Ids.isValid(s) && !reserved.containsKey(s)) {
                    reserved.put(s, n);
                }
            }
            nodeIds.addAll(reserved.keySet());
        }

        void claims() {
            reserveGivenIds();
            for (EquivalenceClass ec : m.statements.values()) {
                Map<String, Object> data = ec.data;
                String id = nodeId(ec, data, "s", ec.untitled);
                String text = data != null && data.get("text") instanceof String t ? t : ec.canonicalText().strip();
                if (text.isBlank()) {
                    // A statement only ever referred to: Argdown shows its title.
                    text = ec.title;
                }
                checkLength(text, ec.textOffset());
                checkLength(ec.title, ec.offset);
                NodeField.Values v = data == null ? new NodeField.Values()
                        : data(data, ArgdownFields.CLAIM_DATA, "statement [" + ArgdownParser.shown(ec.title) + "]", ec.offset);
                ignore(data, NODE_KEYS);
                v.put(NodeField.ID, id).put(NodeField.TEXT, text);
                String title = data != null && data.get("title") instanceof String t ? t : ec.untitled ? null : ec.title;
                if (title != null && !title.isEmpty() && !title.equals(id)) {
                    v.put(NodeField.TITLE, title);
                }
                if (ec.section != null) {
                    v.put(NodeField.SECTION, sectionId.get(ec.section));
                }
                if (!ec.tags.isEmpty()) {
                    v.put(NodeField.TAGS, tags(ec.tags));
                }
                b.addClaim(v.claim());
                claimAt.add(ec.offset);
            }
        }

        /**
         * Reads the fields argmap keeps in a statement's or argument's data: strings, a speaker named
         * by id or by name, a weight written as a number. A value of another type is ignored, with a
         * warning for a weight that is not a number, as Argdown itself keeps any data.
         */
        NodeField.Values data(Map<String, Object> data, List<NodeField> fields, String what, int offset) {
            NodeField.Values v = new NodeField.Values();
            for (NodeField f : fields) {
                Object value = data.get(f.key());
                if (f == NodeField.SPEAKER) {
                    v.put(f, speaker(value, offset).orElse(null));
                } else if (f.type() == NodeField.Type.NUMBER && value instanceof String w) {
                    try {
                        v.put(f, Double.parseDouble(w));
                    } catch (NumberFormatException e) {
                        warnings.add(at(offset, what + ": \"" + f.key() + "\" is not a number, ignored: " + ArgdownParser.shown(w)));
                    }
                } else if (f.type() == NodeField.Type.TEXT && value instanceof String text) {
                    v.put(f, text);
                }
            }
            return v;
        }

        Optional<String> speaker(Object value, int offset) {
            if (!(value instanceof String s) || s.isBlank()) {
                return Optional.empty();
            }
            if (speakerTable || speakers.contains(s)) {
                return Optional.of(s);
            }
            // A file without argmap's speaker table names speakers by name: each becomes a speaker.
            String id = Ids.isValid(s) ? s : deriveId(s, "speaker");
            if (speakers.add(id)) {
                b.addSpeaker(new Speaker(id, s, "", Optional.empty()));
                speakerAt.add(offset);
            }
            return Optional.of(id);
        }

        void checkLength(String text, int offset) {
            if (text.length() > PositionedJson.MAX_STRING) {
                throw fail(offset, "refused: a text of " + text.length() + " characters, over the limit of "
                        + PositionedJson.MAX_STRING + "; no argument map comes near this limit, so the file is broken or is not a map");
            }
        }

        // ---- arguments ----

        void arguments() {
            for (ArgdownModel.Argument a : m.arguments.values()) {
                nodeId(a, a.data, "a", a.untitled);
            }
            for (ArgdownModel.Argument a : m.arguments.values()) {
                Map<String, Object> data = a.data;
                String id = a.id;
                String text = data != null && data.get("text") instanceof String t ? t : a.canonicalText().strip();
                checkLength(text, a.offset);
                checkLength(a.title, a.offset);
                NodeField.Values v = data == null ? new NodeField.Values()
                        : data(data, ArgdownFields.ARGUMENT_DATA, "argument <" + ArgdownParser.shown(a.title) + ">", a.offset);
                ignore(data, NODE_KEYS);
                v.put(NodeField.ID, id).put(NodeField.TEXT, text);
                String title = data != null && data.get("title") instanceof String t ? t : a.untitled ? null : a.title;
                if (title != null && !title.isEmpty() && !title.equals(id)) {
                    v.put(NodeField.TITLE, title);
                }
                if (a.isReconstructed()) {
                    String conclusion = m.statements.get(a.pcs.get(a.pcs.size() - 1).title).id;
                    List<String> premises = new ArrayList<>();
                    for (int i = 0; i < a.pcs.size() - 1; i++) {
                        String p = m.statements.get(a.pcs.get(i).title).id;
                        if (!premises.contains(p) && !p.equals(conclusion)) {
                            premises.add(p);
                        }
                    }
                    v.put(NodeField.PREMISES, premises).put(NodeField.CONCLUSION, conclusion);
                } else if (data != null) {
                    if (data.get("premises") instanceof List<?> ps) {
                        List<String> premises = new ArrayList<>();
                        for (Object p : ps) {
                            premises.add(String.valueOf(p));
                        }
                        v.put(NodeField.PREMISES, premises);
                    }
                    if (data.get("conclusion") instanceof String c) {
                        v.put(NodeField.CONCLUSION, c);
                    }
                }
                if (a.section != null) {
                    v.put(NodeField.SECTION, sectionId.get(a.section));
                }
                if (!a.tags.isEmpty()) {
                    v.put(NodeField.TAGS, tags(a.tags));
                }
                Argument arg = v.argument();
                arguments.put(id, arg);
                b.addArgument(arg);
                argumentAt.add(a.offset);
            }
        }

        // ---- relations ----

        void relations() {
            Map<Member, Integer> perOwner = new IdentityHashMap<>();
            for (ArgdownModel.Relation r : m.relations) {
                // Only statements with data can carry a relation's attributes.
                if (r.owner != null && r.owner.data != null) {
                    perOwner.merge(r.owner, 1, Integer::sum);
                }
            }
            List<Slot> slots = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            // The pairs of single-premise relations, by the nodes' serial numbers: nodes and ids
            // correspond one to one, and this needs no key string per relation.
            ArgdownParser.LongSet nodePairs = new ArgdownParser.LongSet();
            for (ArgdownModel.Relation r : m.relations) {
                // argmap's own files give a relation its id, note, scheme and linked premises in the
                // data of the statement it is written under, one relation per block.
                Map<String, Object> extra = r.owner != null && r.owner.data != null && perOwner.get(r.owner) == 1
                        ? ArgdownParser.asMap(r.owner.data.get("relation")) : null;
                Slot s = new Slot();
                s.offset = r.offset;
                Node from = extra != null && r.movedFrom != null ? r.movedFrom : r.from;
                s.from = List.of(from.id);
                if (extra != null) {
                    s.explicitId = extra.get("id") instanceof String id ? id : null;
                    s.note = Optional.ofNullable(extra.get("note") instanceof String n ? n : null);
                    s.scheme = Optional.ofNullable(extra.get("scheme") instanceof String sc ? sc : null);
                    if (extra.get("premises") instanceof List<?> premises && premises.contains(s.from.get(0))) {
                        // A linked relation, written from one of its premises: all of them, in order.
                        s.from = new ArrayList<>();
                        for (Object p : premises) {
                            s.from.add(String.valueOf(p));
                        }
                    }
                }
                if (r.type == RelationType.UNDERCUT) {
                    s.kind = RelationKind.UNDERCUT;
                    s.argdownTarget = r.to;
                    s.targetId = extra != null && extra.get("undercuts") instanceof String t ? t : null;
                    slots.add(s);
                    continue;
                }
                s.kind = r.type == RelationType.SUPPORT || r.type == RelationType.ENTAILS ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
                s.to = r.to.id;
                addIfNew(s, slots, pairs, nodePairs, from, r.to, r);
                if (r.type == RelationType.CONTRADICTORY) {
                    // A contradiction attacks both ways.
                    Slot back = new Slot();
                    back.kind = RelationKind.REBUTTAL;
                    back.from = List.of(s.to);
                    back.to = s.from.get(0);
                    back.offset = r.offset;
                    addIfNew(back, slots, pairs, nodePairs, r.to, from, r);
                }
            }
            boolean undercuts = false;
            for (Slot s : slots) {
                undercuts |= s.kind == RelationKind.UNDERCUT;
            }
            if (!undercuts) {
                // The common case: no undercut needs a relation's id or place.
                for (Slot s : slots) {
                    addRelation(s, null);
                }
                return;
            }
            // Provisional ids (as ArgumentMap.Builder gives them) resolve argmap's explicit undercut targets.
            assignIds(slots);
            Map<String, Slot> byId = new HashMap<>();
            for (Slot s : slots) {
                byId.putIfAbsent(s.id, s);
            }
            List<Slot> inferences = new ArrayList<>();
            List<Slot> kept = new ArrayList<>();
            Map<String, Slot> byPair = new HashMap<>();
            Map<String, Slot> firstFrom = new HashMap<>();
            for (Slot s : slots) {
                if (s.kind != RelationKind.UNDERCUT) {
                    byPair.putIfAbsent(pairKey(s.from, s.to), s);
                    for (String p : s.from) {
                        firstFrom.putIfAbsent(p, s);
                    }
                }
            }
            for (Slot s : slots) {
                if (s.kind == RelationKind.UNDERCUT) {
                    s.target = s.targetId != null ? byId.get(s.targetId) : structuralTarget(s, byPair, firstFrom, pairs, inferences);
                    if (s.target == null) {
                        warnings.add(at(s.offset, String.format(Locale.ROOT, LEFT_OUT, "undercut", "it attacks "
                                + describe(s.argdownTarget) + ", which has no relation in the map to undercut")));
                        continue;
                    }
                }
                kept.add(s);
            }
            kept.addAll(inferences);
            assignIds(kept);
            for (Slot s : kept) {
                addRelation(s, s.kind == RelationKind.UNDERCUT ? s.target.id : s.to);
            }
        }

        void addRelation(Slot s, String target) {
            String to = target != null ? target : s.to;
            b.addRelation(new Relation(s.explicitId != null ? s.explicitId : "", s.from, to, s.kind, s.note, s.scheme));
            relationAt.add(s.offset);
        }

        String describe(Node n) {
            if (n instanceof EquivalenceClass) {
                return "statement [" + ArgdownParser.shown(n.title) + "]";
            }
            if (n instanceof ArgdownModel.Argument) {
                return "argument <" + ArgdownParser.shown(n.title) + ">";
            }
            return "the inference of <" + ArgdownParser.shown(((Inference) n).argumentTitle) + ">";
        }

        /**
         * Adds a relation unless it relates a node to itself or repeats a pair; {@code fromNode} and
         * {@code toNode} are the nodes the relation was read between, which its premise and target
         * are unless argmap's data made it a linked relation.
         */
        void addIfNew(Slot s, List<Slot> slots, Set<String> pairs, ArgdownParser.LongSet nodePairs, Node fromNode, Node toNode,
                ArgdownModel.Relation r) {
            if (s.from.contains(s.to)) {
                warnings.add(at(r.offset, String.format(Locale.ROOT, LEFT_OUT, s.kind.label(), "it relates "
                        + describe(r.to) + " to itself, and argmap has no self-relations")));
                return;
            }
            boolean byNodes = s.from.size() == 1 && s.from.get(0).equals(fromNode.id) && s.to.equals(toNode.id);
            if (byNodes ? !nodePairs.add((long) fromNode.serial << 32 | toNode.serial) : !pairs.add(pairKey(s.from, s.to))) {
                warnings.add(at(r.offset, String.format(Locale.ROOT, LEFT_OUT, s.kind.label(), "it is a second relation from "
                        + describe(r.from) + " to " + describe(r.to) + " (a support and an attack, or an attack and a"
                        + " contradiction), and argmap keeps one relation per pair, the first")));
                return;
            }
            slots.add(s);
        }

        /**
         * What an Argdown undercut attacks, as a relation of the map: an inference of a
         * reconstructed argument is the linked support from its premises to its conclusion (made
         * for it, unless the map has that relation); an argument without a premise-conclusion
         * structure, or a statement, undercut is the first relation it argues with.
         */
        Slot structuralTarget(Slot undercut, Map<String, Slot> byPair, Map<String, Slot> firstFrom, Set<String> pairs,
                List<Slot> inferences) {
            Node t = undercut.argdownTarget;
            if (t instanceof Inference inf) {
                ArgdownModel.Argument a = m.arguments.get(inf.argumentTitle);
                Argument arg = arguments.get(a.id);
                if (arg == null || arg.premises().isEmpty() || arg.conclusion().isEmpty()) {
                    return null;
                }
                String key = pairKey(arg.premises(), arg.conclusion().get());
                Slot existing = byPair.get(key);
                if (existing != null) {
                    // The map has a relation on that pair already: a support is the inference; a
                    // rebuttal leaves no place for one (one relation per pair).
                    return existing.kind == RelationKind.SUPPORT ? existing : null;
                }
                Slot s = new Slot();
                s.kind = RelationKind.SUPPORT;
                s.from = arg.premises();
                s.to = arg.conclusion().get();
                s.explicitId = unique(arg.id() + ".inference", new HashSet<>(nodeIds));
                s.offset = inf.offset;
                s.note = Optional.of("the inference of argument " + arg.id() + ", which an undercut attacks");
                if (!inf.rules.isEmpty()) {
                    s.scheme = Optional.of(String.join(", ", inf.rules));
                }
                pairs.add(key);
                byPair.put(key, s);
                inferences.add(s);
                return s;
            }
            return firstFrom.get(t.id);
        }

        /** The ids {@link ArgumentMap.Builder#build()} would give: explicit ones, else "r" + (index + 1), suffixed when taken. */
        void assignIds(List<Slot> slots) {
            Set<String> taken = new HashSet<>();
            for (Slot s : slots) {
                if (s.explicitId != null) {
                    taken.add(s.explicitId);
                }
            }
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                if (s.explicitId != null) {
                    s.id = s.explicitId;
                    continue;
                }
                String id = ArgumentMap.Builder.defaultRelationId(i);
                for (int k = 2; taken.contains(id); k++) {
                    id = ArgumentMap.Builder.defaultRelationId(i) + "-" + k;
                }
                taken.add(id);
                s.id = id;
            }
        }

        void ignore(Map<String, Object> data, Set<String> known) {
            if (data == null) {
                return;
            }
            for (String k : data.keySet()) {
                if (!known.contains(k)) {
                    ignoredKeys.merge(k, 1, Integer::sum);
                }
            }
        }
    }

    /** A relation's premises (in any order) and target, as one key. */
    static String pairKey(List<String> from, String to) {
        if (from.size() == 1) {
            return from.get(0) + '\u0000' + to;
        }
        List<String> sorted = new ArrayList<>(from);
        sorted.sort(null);
        return String.join("\u0001", sorted) + '\u0000' + to;
    }

    private static Optional<String> str(Object o) {
        return o instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A YAML list as JSON text, for metadata (which holds strings). */
    static String json(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (Object o : list) {
                if (s.length() > 1) {
                    s.append(", ");
                }
                s.append(json(o));
            }
            return s.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (s.length() > 1) {
                    s.append(", ");
                }
                s.append(json(String.valueOf(e.getKey()))).append(": ").append(json(e.getValue()));
            }
            return s.append('}').toString();
        }
        if (v == ArgdownYaml.NULL) {
            return "null";
        }
        String t = String.valueOf(v);
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
