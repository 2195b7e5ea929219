package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.semantics.iccma.ApxFormat;
import io.github.argmap.api.semantics.iccma.IccmaFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code argmap extensions FILE --semantics S}: every extension, as JSON. */
final class ExtensionsCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("extensions", Argmap.summary("extensions"),
            List.of("FILE is a map, an .apx file, or an ICCMA .af/.i23 file. The output is a JSON array of arrays of "
                    + "argument ids: each array sorted, the arrays sorted. Ids that are whole numbers (ICCMA) sort as "
                    + "numbers, others as text."),
            List.of(ParameterSpec.required("FILE", "A map, a bundled name, an .apx or an ICCMA .af/.i23 file.")),
            List.of(OptionSpec.value("--semantics", "SEMANTICS", "grounded, complete, preferred or stable.").asRequired(),
                    OptionSpec.value("--reading", "READING", "For maps: how supports count, attack-only (default: rebuttals "
                            + "and undercuts attack) or bipolar (supported and secondary attacks too).").withDefault("attack-only")));

    private final Argmap top;
    private final String file;
    private final String semantics;
    private final String reading;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     */
    ExtensionsCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.file = args.positional("FILE");
        this.semantics = args.value("--semantics");
        this.reading = args.value("--reading");
    }

    /** Ids that are whole numbers sort numerically, before other ids, which sort as text. */
    static final Comparator<String> ID_ORDER = (a, b) -> {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9') && (s.length() == 1 || s.charAt(0) != '0');
    }

    @Override
    @SuppressWarnings("try") // the Progress resource is there for its close(), which ends the progress line
    public Integer call() {
        Semantics s = Readings.semantics(semantics, SPEC);
        SupportReading r = Readings.parse(reading, SPEC);
        ArgumentationFramework af = framework(r);
        List<List<String>> sorted = new ArrayList<>();
        try (Progress p = Progress.start(top.err, "enumerating the " + semantics + " extensions")) {
            for (Extension e : s.extensions(af)) {
                List<String> ids = new ArrayList<>(e.ids());
                ids.sort(ID_ORDER);
                sorted.add(ids);
            }
        }
        sorted.sort(ExtensionsCommand::compareLists);
        top.out.print(toJson(sorted));
        top.out.flush();
        return 0;
    }

    private ArgumentationFramework framework(SupportReading r) {
        String lower = file.toLowerCase(Locale.ROOT);
        Path path = Path.of(file);
        try {
            if (lower.endsWith(".apx")) {
                return ApxFormat.read(path);
            }
            if (lower.endsWith(".af") || lower.endsWith(".i23")) {
                return IccmaFormat.read(path);
            }
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new CliException(format(CliMessages.NOT_A_FILE, file), e);
            }
            throw new CliException(format(CliMessages.CANNOT_READ, file, MapInput.reason(e)), e);
        }
        return MapFramework.of(MapInput.load(file, top).map(), r).framework();
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = ID_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static String toJson(List<List<String>> extensions) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < extensions.size(); i++) {
            out.append(i == 0 ? "" : ",").append('[');
            List<String> ids = extensions.get(i);
            for (int j = 0; j < ids.size(); j++) {
                out.append(j == 0 ? "" : ",").append('"').append(encoder.quoteAsString(ids.get(j))).append('"');
            }
            out.append(']');
        }
        return out.append("]\n").toString();
    }
}
