package io.github.argmap.core.argdown;

import io.github.argmap.core.internal.NodeField;
import java.util.List;

/**
 * Which of a node's fields argmap keeps in the {@code {key: value}} data of an Argdown statement or
 * argument: those Argdown has no syntax for. Titles, sections (headings) and tags ({@code #tag}) are
 * Argdown's own; the id, the title and the text go into the data only where Argdown's own form would
 * lose them, which the writer decides.
 */
final class ArgdownFields {
    private ArgdownFields() {}

    /** A statement's data fields, in the order the writer writes them. */
    static final List<NodeField> CLAIM_DATA = List.of(NodeField.SPEAKER, NodeField.QUOTE, NodeField.NOTE, NodeField.WEIGHT);

    /** An argument's data fields, in the order the writer writes them. */
    static final List<NodeField> ARGUMENT_DATA = List.of(NodeField.SPEAKER, NodeField.QUOTE, NodeField.NOTE);

    /** An argument's premises and conclusion, in its data when it has no premise-conclusion structure. */
    static final List<NodeField> STRUCTURE = List.of(NodeField.PREMISES, NodeField.CONCLUSION);
}
