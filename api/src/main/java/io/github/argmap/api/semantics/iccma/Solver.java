package io.github.argmap.api.semantics.iccma;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Reasoner;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers ICCMA tasks on a framework: the library side of {@code argmap solve}.
 *
 * <p>Decision tasks never enumerate: {@code DC} asks its {@link Reasoner} for an extension
 * containing the argument, {@code DS} for one lacking it; {@code SE} for any extension. Each answer
 * carries the extension that proves it (see {@link Answer}). Enumeration streams: extensions go to
 * the sink as they are found.
 *
 * <pre>{@code
 * ArgumentationFramework af = IccmaFormat.read(Path.of("af.i23"));
 * Answer answer = Solver.solve(Task.DC_ST, af, 0);   // argument 1
 * System.out.print(answer.iccmaOutput());            // YES / w 1 3
 * Solver.enumerate(Task.EE_PR, af, e -> System.out.println(e.ids()));
 * }</pre>
 */
public final class Solver {
    private Solver() {}

    /**
     * Answers a task about one argument ({@code DC-*}, {@code DS-*}).
     *
     * @param task the task
     * @param af the framework
     * @param argument the argument's index
     * @return the answer and its certificate
     * @throws IllegalArgumentException when the task is not about an argument
     * @throws IndexOutOfBoundsException when there is no such argument
     */
    public static Answer solve(Task task, ArgumentationFramework af, int argument) {
        Objects.requireNonNull(af, "af");
        if (!task.needsArgument()) {
            throw new IllegalArgumentException(task.code() + " takes no argument; use solve(task, af)");
        }
        Objects.checkIndex(argument, af.size());
        Reasoner reasoner = task.reasoner();
        if (task.mode() == Task.Mode.DC) {
            Optional<Extension> with = reasoner.extensionContaining(af, argument);
            return new Answer(task, with.isPresent(), with);
        }
        Optional<Extension> without = reasoner.extensionWithout(af, argument);
        return new Answer(task, without.isEmpty(), without);
    }

    /**
     * Answers a task about the whole framework ({@code SE-*}).
     *
     * @param task the task
     * @param af the framework
     * @return yes with an extension, or no when there is none (only stable can have none)
     * @throws IllegalArgumentException when the task is not an {@code SE} task
     */
    public static Answer solve(Task task, ArgumentationFramework af) {
        Objects.requireNonNull(af, "af");
        if (task.mode() != Task.Mode.SE) {
            throw new IllegalArgumentException(task.code() + (task.needsArgument()
                    ? " is about an argument; use solve(task, af, argument)" : " enumerates; use enumerate"));
        }
        Optional<Extension> some = task.reasoner().someExtension(af);
        return new Answer(task, some.isPresent(), some);
    }

    /**
     * Hands every extension to {@code sink} as it is found ({@code EE-*}), keeping none.
     *
     * @param task the task
     * @param af the framework
     * @param sink receives each extension once
     * @return the number of extensions
     * @throws IllegalArgumentException when the task is not an {@code EE} task
     */
    public static long enumerate(Task task, ArgumentationFramework af, Consumer<? super Extension> sink) {
        Objects.requireNonNull(af, "af");
        if (task.mode() != Task.Mode.EE) {
            throw new IllegalArgumentException(task.code() + " is not an enumeration task");
        }
        return task.reasoner().forEachExtension(af, sink);
    }
}
