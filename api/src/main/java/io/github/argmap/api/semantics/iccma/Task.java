package io.github.argmap.api.semantics.iccma;

import io.github.argmap.api.semantics.Reasoner;
import java.util.Locale;
import java.util.Optional;

/**
 * A reasoning task as the ICCMA competitions name it: a mode and a semantics, such as
 * {@code DC-CO} (is the argument in some complete extension?).
 *
 * <p>Modes: {@code DC} credulous acceptance, {@code DS} sceptical acceptance, {@code SE} some
 * extension, {@code EE} every extension. Semantics: {@code GR} grounded, {@code CO} complete,
 * {@code PR} preferred, {@code ST} stable, {@code SST} semi-stable. ICCMA 2023's main track asks
 * DC-CO, DC-ST, DC-SST, DS-PR, DS-ST, DS-SST, SE-PR, SE-ST and SE-SST; the others are here for
 * completeness (DC-PR is DC-CO with a preferred certificate, DS-CO is DS-GR) and EE for the
 * enumeration tasks of ICCMA 2019.
 *
 * <pre>{@code
 * Task task = Task.parse("DS-PR").orElseThrow();
 * task.mode();           // Mode.DS
 * task.needsArgument();  // true
 * }</pre>
 */
public enum Task {
    /** Is the argument in the grounded extension? */
    DC_GR(Mode.DC, "GR"),
    /** Is the argument in some complete extension? */
    DC_CO(Mode.DC, "CO"),
    /** Is the argument in some preferred extension? */
    DC_PR(Mode.DC, "PR"),
    /** Is the argument in some stable extension? */
    DC_ST(Mode.DC, "ST"),
    /** Is the argument in some semi-stable extension? */
    DC_SST(Mode.DC, "SST"),
    /** Is the argument in the grounded extension (asked sceptically)? */
    DS_GR(Mode.DS, "GR"),
    /** Is the argument in every complete extension (the grounded one)? */
    DS_CO(Mode.DS, "CO"),
    /** Is the argument in every preferred extension? */
    DS_PR(Mode.DS, "PR"),
    /** Is the argument in every stable extension (vacuously yes when there is none)? */
    DS_ST(Mode.DS, "ST"),
    /** Is the argument in every semi-stable extension? */
    DS_SST(Mode.DS, "SST"),
    /** The grounded extension. */
    SE_GR(Mode.SE, "GR"),
    /** Some complete extension (the grounded one). */
    SE_CO(Mode.SE, "CO"),
    /** Some preferred extension. */
    SE_PR(Mode.SE, "PR"),
    /** Some stable extension, or none. */
    SE_ST(Mode.SE, "ST"),
    /** Some semi-stable extension. */
    SE_SST(Mode.SE, "SST"),
    /** The grounded extension, as the one extension there is. */
    EE_GR(Mode.EE, "GR"),
    /** Every complete extension. */
    EE_CO(Mode.EE, "CO"),
    /** Every preferred extension. */
    EE_PR(Mode.EE, "PR"),
    /** Every stable extension. */
    EE_ST(Mode.EE, "ST"),
    /** Every semi-stable extension. */
    EE_SST(Mode.EE, "SST");

    /** What a task asks. */
    public enum Mode {
        /** Credulous acceptance: is the argument in some extension? */
        DC,
        /** Sceptical acceptance: is the argument in every extension? */
        DS,
        /** Some extension. */
        SE,
        /** Every extension. */
        EE
    }

    private final Mode mode;
    private final String semantics;

    Task(Mode mode, String semantics) {
        this.mode = mode;
        this.semantics = semantics;
    }

    /**
     * Reads a task's ICCMA name, such as {@code DC-CO}; case is ignored.
     *
     * @param code the name
     * @return the task, or empty when argmap does not know it
     */
    public static Optional<Task> parse(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        for (Task t : values()) {
            if (t.code().equals(upper)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** @return the ICCMA name, such as {@code DC-CO} */
    public String code() {
        return mode.name() + "-" + semantics;
    }

    /** @return what the task asks */
    public Mode mode() {
        return mode;
    }

    /** @return whether the task is about one argument ({@code DC} and {@code DS}) */
    public boolean needsArgument() {
        return mode == Mode.DC || mode == Mode.DS;
    }

    /** @return the reasoner for the task's semantics */
    public Reasoner reasoner() {
        switch (semantics) {
            case "GR":
                return Reasoner.grounded();
            case "CO":
                return Reasoner.complete();
            case "PR":
                return Reasoner.preferred();
            case "ST":
                return Reasoner.stable();
            default:
                return Reasoner.semiStable();
        }
    }
}
