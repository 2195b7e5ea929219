package io.github.argmap.core.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an Argdown file says, in Argdown's own terms, before it is mapped into an argument map: the
 * equivalence classes of statements, the arguments with their premise-conclusion structures, the
 * relations between them and the sections. It mirrors the response the Argdown CLI's ModelPlugin
 * builds, so that it can be compared with the CLI's JSON export element by element.
 */
final class ArgdownModel {
    /** The kinds of relation Argdown knows. */
    enum RelationType {
        SUPPORT("support"), ATTACK("attack"), UNDERCUT("undercut"), CONTRADICTORY("contradictory"),
        ENTAILS("entails"), CONTRARY("contrary");

        final String json;

        RelationType(String json) {
            this.json = json;
        }
    }

    enum Role { TOP_LEVEL, RELATION, ARGUMENT_DESCRIPTION, PREMISE, INTERMEDIARY_CONCLUSION, MAIN_CONCLUSION, OTHER }

    /** A relation endpoint: an equivalence class, an argument or an inference. */
    abstract static class Node {
        final List<Relation> relations = new ArrayList<>();
        String title;
        Map<String, Object> data;
        final List<String> tags = new ArrayList<>();
        Section section;
        /** The parser's number for this node, from 1 in order of creation: relations are keyed by it. */
        int serial;
        /** The id the reader gives the node in the map, once given. */
        String id;

        void addTags(List<String> more) {
            if (more == null) {
                return;
            }
            for (String t : more) {
                if (!tags.contains(t)) {
                    tags.add(t);
                }
            }
        }
    }

    /** One occurrence of a statement (or an argument's description) in the text. */
    static final class Member {
        String title;
        boolean untitled;
        /**
         * The text, made on first use: most members are references ({@code <+ [Title]}) with no
         * text or tags of their own, and at 10^5 statements the empty builders and lists were a
         * million objects for the collector to copy.
         */
        private StringBuilder text;
        boolean isReference;
        Role role = Role.OTHER;
        Map<String, Object> data;
        /** The data token's offset, for placing problems. */
        int dataOffset = -1;
        /** The tags, or null before the first. */
        List<String> tags;
        Section section;
        Inference inference;
        int offset;
        /** Where the member's text starts. */
        int textOffset;
        boolean isArgument;
        /** The equivalence class or argument the member joined, once looked up. */
        Node node;

        /** The builder the member's text goes into. */
        StringBuilder text() {
            if (text == null) {
                text = new StringBuilder(64);
            }
            return text;
        }

        /** The text read so far. */
        String textString() {
            return text == null ? "" : text.toString();
        }

        /** The tags, for adding to. */
        List<String> tags() {
            if (tags == null) {
                tags = new ArrayList<>(2);
            }
            return tags;
        }
    }

    /** A statement: all members that share a title. */
    static final class EquivalenceClass extends Node {
        final List<Member> members = new ArrayList<>();
        boolean untitled;
        int offset;

        /** Where the canonical member's text starts, for placing problems with the text. */
        int textOffset() {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (!members.get(i).isReference) {
                    return members.get(i).textOffset;
                }
            }
            return offset;
        }

        /** The text Argdown shows for the statement: the last defining member's, or a member marked canonical. */
        String canonicalText() {
            Member fallback = null;
            for (int i = members.size() - 1; i >= 0; i--) {
                Member m = members.get(i);
                if (!m.isReference) {
                    if (m.data != null && Boolean.TRUE.equals(truthy(m.data.get("isCanonical")))) {
                        return m.textString();
                    }
                    if (fallback == null) {
                        fallback = m;
                    }
                }
            }
            return fallback == null ? "" : fallback.textString();
        }
    }

    static Boolean truthy(Object v) {
        return v instanceof String s ? (Boolean) "true".equals(s) : null;
    }

    /** An argument: its descriptions and its premise-conclusion structure, if reconstructed. */
    static final class Argument extends Node {
        final List<Member> members = new ArrayList<>();
        List<Member> pcs = new ArrayList<>();
        boolean untitled;
        int offset;

        boolean isReconstructed() {
            return !pcs.isEmpty();
        }

        String canonicalText() {
            Member fallback = null;
            for (int i = members.size() - 1; i >= 0; i--) {
                Member m = members.get(i);
                if (!m.isReference) {
                    if (m.data != null && Boolean.TRUE.equals(truthy(m.data.get("isCanonical")))) {
                        return m.textString();
                    }
                    if (fallback == null) {
                        fallback = m;
                    }
                }
            }
            return fallback == null ? "" : fallback.textString();
        }
    }

    /** The inference line(s) of a premise-conclusion structure. */
    static final class Inference extends Node {
        final List<String> rules = new ArrayList<>();
        String argumentTitle;
        int conclusionIndex;
        int offset;
    }

    static final class Relation {
        RelationType type;
        Node from;
        Node to;
        /** Where the relation was written (first occurrence). */
        int offset;
        /** The statement or argument under which the relation was written, or null under an inference line. */
        Member owner;
        /** The argument the relation came from before Argdown moved it to the argument's conclusion, or null. */
        Argument movedFrom;
    }

    static final class Section {
        String id;
        String title;
        int level;
        Section parent;
        Map<String, Object> data;
        List<String> tags = new ArrayList<>();
        int offset;
    }

    /** The statements by title, in order of first appearance. */
    final Map<String, EquivalenceClass> statements = new LinkedHashMap<>();
    /** The arguments by title, in order of first appearance. */
    final Map<String, Argument> arguments = new LinkedHashMap<>();
    List<Relation> relations = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    /** The front matter, or null. */
    Map<String, Object> frontMatter;
    int frontMatterOffset = -1;
    /** Data keys and front-matter settings argmap does not use, for one warning. */
    final java.util.Set<String> ignored = new java.util.TreeSet<>();
}
