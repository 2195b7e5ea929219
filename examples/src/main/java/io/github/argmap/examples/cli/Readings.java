package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.SupportReading;
import java.util.Locale;

/** Parses the command line's spellings of semantics and support readings. */
final class Readings {
    private Readings() {}

    /**
     * A support reading from its spelling.
     *
     * @param reading {@code bipolar} or {@code attack-only}
     * @param command the command the option belongs to, for the usage error
     * @return the reading
     * @throws UsageException for any other spelling
     */
    static SupportReading parse(String reading, CommandSpec command) {
        switch (reading) {
            case "bipolar": return SupportReading.BIPOLAR;
            case "attack-only": return SupportReading.ATTACK_ONLY;
            default:
                throw new UsageException(command, CliMessages.format(CliMessages.UNKNOWN_READING, ArgsParser.shown(reading)));
        }
    }

    /**
     * Dung semantics from its name in lower case.
     *
     * @param name {@code grounded}, {@code complete}, {@code preferred} or {@code stable}
     * @param command the command the option belongs to, for the usage error
     * @return the semantics
     * @throws UsageException for any other name
     */
    static Semantics semantics(String name, CommandSpec command) {
        for (Semantics s : Semantics.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        throw new UsageException(command, CliMessages.format(CliMessages.UNKNOWN_SEMANTICS, ArgsParser.shown(name),
                "grounded, complete, preferred or stable"));
    }

    static String label(SupportReading reading) {
        return reading == SupportReading.BIPOLAR ? "bipolar" : "attack-only";
    }
}
