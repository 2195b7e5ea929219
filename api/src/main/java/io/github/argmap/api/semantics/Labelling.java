package io.github.argmap.api.semantics;

import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable three-valued labelling of a framework's arguments: each is {@link Status#ACCEPTED} (IN),
 * {@link Status#REJECTED} (OUT) or {@link Status#UNDECIDED} (UNDEC).
 *
 * <p>Labellings come from {@link Semantics#groundedLabelling(ArgumentationFramework)} and
 * {@link Extension#labelling()}; for a complete extension the labelling is the complete labelling
 * (Caminada): IN exactly the extension, OUT exactly what it attacks.
 *
 * <pre>{@code
 * Labelling grounded = Semantics.groundedLabelling(af);
 * grounded.label("c");        // Status.ACCEPTED
 * grounded.ids(Status.UNDECIDED);  // ids in framework order
 * }</pre>
 */
public final class Labelling {
    private static final Status[] LABELS = Status.values();

    private final ArgumentationFramework framework;
    private final byte[] labels;

    /** Takes ownership of {@code labels}, one {@link Status#ordinal()} per argument. */
    Labelling(ArgumentationFramework framework, byte[] labels) {
        this.framework = framework;
        this.labels = labels;
    }

    /** @return the framework labelled */
    public ArgumentationFramework framework() {
        return framework;
    }

    /**
     * The label of one argument.
     *
     * @param index the argument's index
     * @return its label
     */
    public Status label(int index) {
        return LABELS[labels[Objects.checkIndex(index, labels.length)]];
    }

    /**
     * The label of one argument, by id.
     *
     * @param id the argument's id
     * @return its label
     * @throws IllegalArgumentException when no argument has that id
     */
    public Status label(String id) {
        return label(framework.requireIndex(id));
    }

    /**
     * Counts the arguments with one label.
     *
     * @param label the label
     * @return how many arguments carry it
     */
    public int count(Status label) {
        int count = 0;
        for (byte b : labels) {
            if (b == label.ordinal()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The arguments with one label.
     *
     * @param label the label
     * @return their indices, ascending
     */
    public int[] indices(Status label) {
        int[] out = new int[count(label)];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label.ordinal()) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * The ids of the arguments with one label.
     *
     * @param label the label
     * @return an immutable list in framework order
     */
    public List<String> ids(Status label) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label.ordinal()) {
                out.add(framework.id(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The arguments labelled IN, as an extension.
     *
     * @return the extension
     */
    public Extension extension() {
        return new Extension(framework, indices(Status.ACCEPTED));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labelling && framework.equals(((Labelling) o).framework)
                && Arrays.equals(labels, ((Labelling) o).labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Labelling[IN=" + ids(Status.ACCEPTED) + ", OUT=" + ids(Status.REJECTED) + ", UNDEC=" + ids(Status.UNDECIDED) + "]";
    }
}
