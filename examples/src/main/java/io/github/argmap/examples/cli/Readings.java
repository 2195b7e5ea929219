package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.SupportReading;
import java.util.Locale;
import picocli.CommandLine;

/** Parses the command line's spellings of semantics and support readings. */
final class Readings {
    private Readings() {}

    static SupportReading parse(String reading, CommandLine.Model.CommandSpec spec) {
        switch (reading) {
            case "bipolar": return SupportReading.BIPOLAR;
            case "attack-only": return SupportReading.ATTACK_ONLY;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        CliMessages.format(CliMessages.UNKNOWN_READING, reading));
        }
    }

    static Semantics semantics(String name, CommandLine.Model.CommandSpec spec) {
        for (Semantics s : Semantics.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                CliMessages.format(CliMessages.UNKNOWN_SEMANTICS, name, "grounded, complete, preferred or stable"));
    }

    static String label(SupportReading reading) {
        return reading == SupportReading.BIPOLAR ? "bipolar" : "attack-only";
    }
}
