package io.github.argmap.core.argdown;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Source;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.internal.UnicodeText;
import io.github.argmap.core.internal.LinkedGroups;
import io.github.argmap.core.internal.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the subset of Argdown that {@link ArgdownWriter} writes, naming the line and column of every problem. */
final class ArgdownReader {
    private static final Pattern FRONT_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):[ \\t]*");
    private static final Pattern RELATION = Pattern.compile("^([ \\t]+)(\\+>|->|<\\+|<-|\\+|-)[ \\t]+\\[([^\\]]*)\\][ \\t]*$");
    private static final Pattern STATEMENT = Pattern.compile("^\\[([^\\]]*)\\]:");

    private final String name;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Whether the front matter has argmap's object, which only argmap writes: then the end line is required. */
    private boolean argmapFrontMatter;

    ArgdownReader(String name) {
        this.name = name;
    }

    /** A line's text, tags and metadata, unescaped. */
    private record Parts(String text, List<String> tags, Value data) {}

    private record PendingRelation(String from, String to, RelationKind kind, int line, int column) {}

    ReadResult read(byte[] bytes) {
        // Strictly: invalid UTF-8 read as U+FFFD would change the map's texts without a word.
        String all = UnicodeText.decode(bytes, name);
        String[] lines = all.split("\r\n|\n|\r", -1);
        ArgumentMap.Builder b = ArgumentMap.builder();
        List<int[]> speakerAt = new ArrayList<>();
        List<int[]> sectionAt = new ArrayList<>();
        List<int[]> claimAt = new ArrayList<>();
        List<int[]> relationAt = new ArrayList<>();
        Map<String, Value> relationData = new HashMap<>();
        List<PendingRelation> relations = new ArrayList<>();

        int lastLine = lines.length;
        while (lastLine > 0 && lines[lastLine - 1].isBlank()) {
            lastLine--;
        }
        if (lastLine == 0) {
            fail(new Problem(name, 1, 1, "", Messages.ARGDOWN_EMPTY));
        }
        int i = 0;
        if (lines.length > 0 && lines[0].trim().equals("===")) {
            int open = 0;
            for (i = 1; i < lines.length && !lines[i].trim().equals("==="); i++) {
                frontMatterLine(lines[i], i + 1, b, speakerAt);
            }
            if (i >= lines.length) {
                fail(new Problem(name, open + 1, 1, "", Messages.ARGDOWN_UNCLOSED_FRONT_MATTER));
            }
            i++;
        }
        boolean sawEnd = false;
        String currentSection = null;
        String currentStatement = null;
        String relationIndent = null;
        int sectionCount = 0;
        for (; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.equals(ArgdownWriter.END)) {
                if (lineNo != lastLine) {
                    error(lineNo, 1, format(Messages.ARGDOWN_END_NOT_LAST, ArgdownWriter.END));
                }
                sawEnd = true;
                continue;
            }
            Matcher relation = RELATION.matcher(line);
            Matcher statement = STATEMENT.matcher(line);
            if (line.startsWith("# ")) {
                sectionCount++;
                Parts parts = parts(line.substring(2), lineNo, 3);
                if (parts == null) {
                    continue;
                }
                String id = "section-" + sectionCount;
                String title = parts.text.trim();
                if (parts.data != null && object(parts.data, "a heading's metadata", List.of("id", "title"))) {
                    id = string(parts.data, "id", "a heading's \"id\"").orElse(id);
                    title = string(parts.data, "title", "a heading's \"title\"").orElse(title);
                }
                b.addSection(new Section(id, title));
                sectionAt.add(new int[] {lineNo, 1});
                currentSection = id;
                currentStatement = null;
                relationIndent = null;
            } else if (statement.find()) {
                String title = statement.group(1);
                String id = title.startsWith(" ") ? title.substring(1) : title;
                if (!Ids.isValid(id)) {
                    error(lineNo, 2, format(Messages.ARGDOWN_BAD_TITLE, shown(title)));
                    currentStatement = null;
                    relationIndent = null;
                    continue;
                }
                currentStatement = id;
                relationIndent = null;
                String rest = line.substring(statement.end());
                int column = statement.end() + 1;
                if (rest.startsWith(" ")) {
                    rest = rest.substring(1);
                    column++;
                }
                Parts parts = parts(rest, lineNo, column);
                if (parts == null) {
                    continue;
                }
                claim(b, id, parts, currentSection, lineNo, relationData);
                claimAt.add(new int[] {lineNo, 1});
            } else if (relation.matches()) {
                int column = relation.group(1).length() + 1;
                if (currentStatement == null) {
                    error(lineNo, column, Messages.ARGDOWN_RELATION_OUTSIDE);
                    continue;
                }
                // Argdown nests a deeper relation under the one above it (it relates that one's target);
                // the subset argmap reads has one level, and reading a nested one as the statement's would change the map.
                String indent = relation.group(1);
                if (relationIndent == null) {
                    relationIndent = indent;
                } else if (!relationIndent.equals(indent)) {
                    error(lineNo, column, Messages.ARGDOWN_NESTED_RELATION);
                    continue;
                }
                String title = relation.group(3);
                String other = title.startsWith(" ") ? title.substring(1) : title;
                if (!Ids.isValid(other)) {
                    error(lineNo, line.indexOf('[') + 2, format(Messages.ARGDOWN_BAD_TITLE, shown(title)));
                    continue;
                }
                String arrow = relation.group(2);
                boolean outgoing = arrow.endsWith(">");
                RelationKind kind = arrow.contains("+") ? RelationKind.SUPPORT : RelationKind.REBUTTAL;
                relations.add(outgoing ? new PendingRelation(currentStatement, other, kind, lineNo, column)
                        : new PendingRelation(other, currentStatement, kind, lineNo, column));
            } else {
                error(lineNo, 1, format(Messages.ARGDOWN_UNEXPECTED_LINE, shown(line.trim())));
            }
        }
        if (argmapFrontMatter && !sawEnd) {
            String last = lines[lastLine - 1];
            error(lastLine, last.length() + 1, format(Messages.ARGDOWN_NO_END, ArgdownWriter.END));
        }
        LinkedGroups groups = new LinkedGroups();
        Set<List<Object>> firstOfGroup = new HashSet<>();
        for (PendingRelation r : relations) {
            Optional<String> note = Optional.empty();
            Optional<String> group = Optional.empty();
            Value data = relationData.get(r.from);
            Value extra = data == null ? null : data.fields().get(r.to);
            if (extra != null && object(extra, "the metadata of relation " + r.from + " -> " + r.to, List.of("note", "group"))) {
                String what = "relation " + r.from + " -> " + r.to;
                note = string(extra, "note", what + " \"note\"");
                group = string(extra, "group", what + " \"group\"");
            }
            groups.add(new Relation("", List.of(r.from), r.to, r.kind, note, Optional.empty()), group);
            if (group.isEmpty() || firstOfGroup.add(List.of(group.get(), r.kind, r.to))) {
                relationAt.add(new int[] {r.line, r.column});
            }
        }
        b.addRelations(groups.relations());
        throwIfErrors();
        try {
            return new ReadResult(b.build(), warnings);
        } catch (InvalidMapException e) {
            for (Problem p : e.problems()) {
                int[] at = {1, 1};
                if (p.element().isPresent()) {
                    int k = p.element().get().index();
                    List<int[]> origins = switch (p.element().get().kind()) {
                        case SPEAKER -> speakerAt;
                        case SECTION -> sectionAt;
                        case CLAIM -> claimAt;
                        default -> relationAt;
                    };
                    at = k < origins.size() ? origins.get(k) : at;
                }
                errors.add(p.placed(name, at[0], at[1], ""));
            }
            throw new InvalidMapException(errors);
        }
    }

    private void frontMatterLine(String line, int lineNo, ArgumentMap.Builder b, List<int[]> speakerAt) {
        if (line.isBlank()) {
            return;
        }
        Matcher m = FRONT_KEY.matcher(line);
        if (!m.find()) {
            error(lineNo, 1, format(Messages.ARGDOWN_UNEXPECTED_LINE, shown(line.trim())));
            return;
        }
        String key = m.group(1);
        Value v;
        try {
            v = PositionedJson.parse(line.substring(m.end()).getBytes(StandardCharsets.UTF_8), name, lineNo, m.end() + 1);
        } catch (InvalidMapException e) {
            errors.addAll(e.problems());
            return;
        }
        switch (key) {
            case "title":
                if (v.is(Kind.STRING)) {
                    b.title(v.text());
                } else {
                    error(v, format(Messages.WRONG_TYPE, "\"title\"", "a string", v.kind().description()));
                }
                break;
            case "argmap":
                argmapFrontMatter = true;
                argmap(v, b, speakerAt);
                break;
            default:
                warnings.add(new Problem(name, lineNo, 1, "", format(Messages.UNKNOWN_FIELD, key, "the front matter", "title, argmap")));
        }
    }

    private void argmap(Value v, ArgumentMap.Builder b, List<int[]> speakerAt) {
        if (!object(v, "\"argmap\"", List.of("version", "source", "notes", "speakers"))) {
            return;
        }
        Optional<Value> version = v.field("version");
        if (version.isEmpty() || !version.get().is(Kind.INTEGER) || !version.get().text().equals(Integer.toString(ArgdownWriter.VERSION))) {
            error(version.orElse(v), format(Messages.UNSUPPORTED_VERSION, version.map(Value::text).orElse("(none)"))
                    .replace("\"argmap\": 1", "argmap: {\"version\": " + ArgdownWriter.VERSION + "}"));
        }
        v.field("source").ifPresent(s -> {
            if (object(s, "\"argmap.source\"", List.of("path", "title", "date"))) {
                b.source(new Source(string(s, "path", "\"source.path\""), string(s, "title", "\"source.title\""),
                        string(s, "date", "\"source.date\"")));
            }
        });
        v.field("notes").ifPresent(n -> items(n, "\"argmap.notes\"").forEach(note -> {
            if (note.is(Kind.STRING)) {
                b.addNote(note.text());
            } else {
                error(note, format(Messages.WRONG_TYPE, "a note", "a string", note.kind().description()));
            }
        }));
        v.field("speakers").ifPresent(list -> items(list, "\"argmap.speakers\"").forEach(s -> {
            if (!object(s, "a speaker", List.of("id", "name", "role", "affiliation"))) {
                return;
            }
            Optional<String> id = required(s, "id", "a speaker");
            Optional<String> sname = required(s, "name", "a speaker");
            Optional<String> role = required(s, "role", "a speaker");
            Optional<String> affiliation = string(s, "affiliation", "a speaker's \"affiliation\"");
            if (id.isPresent() && sname.isPresent() && role.isPresent()) {
                b.addSpeaker(new Speaker(id.get(), sname.get(), role.get(), affiliation));
                speakerAt.add(new int[] {s.line(), s.column()});
            }
        }));
    }

    private void claim(ArgumentMap.Builder b, String id, Parts parts, String section, int lineNo, Map<String, Value> relationData) {
        String text = parts.text;
        Optional<String> speaker = Optional.empty();
        Optional<String> quote = Optional.empty();
        Optional<String> note = Optional.empty();
        OptionalDouble weight = OptionalDouble.empty();
        Value d = parts.data;
        if (d != null && object(d, "the metadata of statement [" + id + "]",
                List.of("speaker", "quote", "note", "weight", "text", "relations"))) {
            String what = "statement [" + id + "]";
            speaker = string(d, "speaker", what + " \"speaker\"");
            quote = string(d, "quote", what + " \"quote\"");
            note = string(d, "note", what + " \"note\"");
            text = string(d, "text", what + " \"text\"").orElse(text);
            Optional<Value> w = d.field("weight");
            if (w.isPresent()) {
                if (w.get().is(Kind.INTEGER) || w.get().is(Kind.DECIMAL)) {
                    weight = OptionalDouble.of(Double.parseDouble(w.get().text()));
                } else {
                    error(w.get(), format(Messages.WRONG_TYPE, what + " \"weight\"", "a number", w.get().kind().description()));
                }
            }
            d.field("relations").ifPresent(r -> {
                if (object(r, what + " \"relations\"", null)) {
                    relationData.put(id, r);
                }
            });
        }
        b.addClaim(new Claim(id, text, speaker, Optional.ofNullable(section), quote, parts.tags, note, weight,
                Optional.empty()));
    }

    /**
     * Splits the rest of a line into unescaped text, tags and metadata. Returns null after
     * reporting a problem.
     */
    private Parts parts(String s, int lineNo, int column) {
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        int i = 0;
        boolean inTags = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && !inTags) {
                if (i + 1 >= s.length()) {
                    error(lineNo, column + i, Messages.ARGDOWN_DANGLING_ESCAPE);
                    return null;
                }
                text.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '#') {
                inTags = true;
                int end;
                String tag;
                if (i + 1 < s.length() && s.charAt(i + 1) == '(') {
                    end = s.indexOf(')', i + 2);
                    if (end < 0) {
                        error(lineNo, column + i, Messages.ARGDOWN_BAD_TAG);
                        return null;
                    }
                    tag = s.substring(i + 2, end);
                    end++;
                } else {
                    end = i + 1;
                    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '{' && s.charAt(end) != '#') {
                        end++;
                    }
                    tag = s.substring(i + 1, end);
                }
                if (tag.isEmpty()) {
                    error(lineNo, column + i, Messages.ARGDOWN_BAD_TAG);
                    return null;
                }
                tags.add(tag);
                i = end;
            } else if (c == '{') {
                if (!inTags && text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                Value data;
                try {
                    data = PositionedJson.parse(s.substring(i).getBytes(StandardCharsets.UTF_8), name, lineNo, column + i);
                } catch (InvalidMapException e) {
                    errors.addAll(e.problems());
                    return null;
                }
                return parts(text, tags, data, lineNo, column);
            } else if (inTags) {
                if (!Character.isWhitespace(c)) {
                    error(lineNo, column + i, Messages.ARGDOWN_DATA_NOT_LAST);
                    return null;
                }
                i++;
            } else {
                text.append(c);
                i++;
            }
            if (inTags && tags.size() == 1 && c == '#') {
                // The space that separates the text from its first tag belongs to neither.
                int last = text.length() - 1;
                if (last >= 0 && text.charAt(last) == ' ') {
                    text.setLength(last);
                }
            }
        }
        return parts(text, tags, null, lineNo, column);
    }

    /** What a message quotes of a line or title: enough to find it, never megabytes. */
    private static String shown(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** The parts of a line, unless its text is longer than argmap's JSON reader would take back. */
    private Parts parts(StringBuilder text, List<String> tags, Value data, int lineNo, int column) {
        if (text.length() > PositionedJson.MAX_STRING) {
            error(lineNo, column, format(Messages.TOO_LARGE, "a text of " + text.length() + " characters, over the limit of "
                    + PositionedJson.MAX_STRING));
            return null;
        }
        return new Parts(text.toString(), tags, data);
    }

    // ---- typed access to metadata ----

    private boolean object(Value v, String what, List<String> allowed) {
        if (!v.is(Kind.OBJECT)) {
            error(v, format(Messages.WRONG_TYPE, what, "an object", v.kind().description()));
            return false;
        }
        if (allowed != null) {
            for (Map.Entry<String, Value> f : v.fields().entrySet()) {
                if (!allowed.contains(f.getKey())) {
                    error(f.getValue(), format(Messages.UNKNOWN_FIELD, f.getKey(), what, String.join(", ", allowed)));
                }
            }
        }
        return true;
    }

    private List<Value> items(Value v, String what) {
        if (!v.is(Kind.ARRAY)) {
            error(v, format(Messages.WRONG_TYPE, what, "an array", v.kind().description()));
            return List.of();
        }
        return v.items();
    }

    private Optional<String> required(Value object, String field, String what) {
        if (object.field(field).isEmpty()) {
            error(object, format(Messages.MISSING_FIELD, what, field));
            return Optional.empty();
        }
        return string(object, field, what + "'s \"" + field + "\"");
    }

    private Optional<String> string(Value object, String field, String what) {
        Optional<Value> v = object.field(field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().is(Kind.STRING)) {
            return Optional.of(v.get().text());
        }
        error(v.get(), format(Messages.WRONG_TYPE, what, "a string", v.get().kind().description()));
        return Optional.empty();
    }

    private void error(Value at, String message) {
        errors.add(at.problem(name, message));
    }

    private void error(int line, int column, String message) {
        errors.add(new Problem(name, line, column, "", message));
    }

    private void fail(Problem p) {
        errors.add(p);
        throw new InvalidMapException(errors);
    }

    private void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidMapException(errors);
        }
    }
}
