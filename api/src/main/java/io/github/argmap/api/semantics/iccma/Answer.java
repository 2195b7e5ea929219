package io.github.argmap.api.semantics.iccma;

import io.github.argmap.api.semantics.Extension;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The answer to one decision or single-extension task, with its certificate, as
 * {@link Solver#solve} gives it.
 *
 * <p>For {@code DC} tasks {@code yes} says the argument is credulously accepted and the
 * certificate is an extension containing it; for {@code DS} tasks {@code yes} says it is
 * sceptically accepted and, when it is not, the certificate is an extension lacking it; for
 * {@code SE} tasks {@code yes} says there is an extension and the certificate is one.
 *
 * <pre>{@code
 * Answer answer = Solver.solve(Task.DS_PR, af, af.requireIndex("a"));
 * answer.yes();            // false
 * answer.certificate();    // a preferred extension without a
 * answer.iccmaOutput();    // "NO\nw 2 4\n"
 * }</pre>
 *
 * @param task the task answered
 * @param yes the answer: accepted (DC, DS) or an extension exists (SE)
 * @param certificate the extension that shows it: present for DC yes, DS no and SE yes, else empty
 */
public record Answer(Task task, boolean yes, Optional<Extension> certificate) {
    /**
     * Checks that the certificate is where ICCMA 2023 prints one.
     *
     * @param task the task answered
     * @param yes the answer
     * @param certificate the certificate
     * @throws IllegalArgumentException for an enumeration task, or a certificate missing or extra
     */
    public Answer {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(certificate, "certificate");
        if (task.mode() == Task.Mode.EE) {
            throw new IllegalArgumentException(task.code() + " enumerates: see Solver.enumerate");
        }
        boolean wanted = task.mode() == Task.Mode.DS ? !yes : yes;
        if (wanted != certificate.isPresent()) {
            throw new IllegalArgumentException(task.code() + (wanted ? " needs" : " has no") + " certificate when "
                    + (yes ? "YES" : "NO"));
        }
    }

    /**
     * The answer as an ICCMA 2023 solver prints it, arguments numbered from 1 in framework order.
     *
     * @return {@code YES} or {@code NO} (DC, DS) and the {@code w} line of the certificate, each
     *     line ended by {@code \n}; for SE the {@code w} line alone, or {@code NO}
     */
    public String iccmaOutput() {
        StringBuilder out = new StringBuilder();
        try {
            write(out, a -> Integer.toString(a + 1));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Writes the answer as ICCMA 2023 prints it, naming arguments as given.
     *
     * @param out where to write
     * @param name an argument's name from its index: {@code a + 1} for ICCMA 2023 files, its id
     *     for APX
     * @throws IOException when {@code out} fails
     */
    public void write(Appendable out, IntFunction<String> name) throws IOException {
        if (task.mode() != Task.Mode.SE) {
            out.append(yes ? "YES\n" : "NO\n");
        } else if (!yes) {
            out.append("NO\n");
        }
        if (certificate.isPresent()) {
            writeCertificate(certificate.get(), out, name);
        }
    }

    /**
     * Writes one extension as an ICCMA 2023 {@code w} line: {@code w}, then each member's name
     * after a space, in framework order.
     *
     * @param extension the extension
     * @param out where to write
     * @param name an argument's name from its index
     * @throws IOException when {@code out} fails
     */
    public static void writeCertificate(Extension extension, Appendable out, IntFunction<String> name)
            throws IOException {
        out.append('w');
        for (int a : extension.indices()) {
            out.append(' ').append(name.apply(a));
        }
        out.append('\n');
    }
}
