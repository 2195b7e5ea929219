package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.SourceQuotes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code argmap validate MAP…}: checks maps, and their quotes against the source text. */
final class ValidateCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("validate", Argmap.summary("validate"),
            List.of("When the map's source text is at hand (source.path beside the map, or --source), every quote "
                    + "must occur in it verbatim."),
            List.of(ParameterSpec.oneOrMore("MAP", "Map files ('-' for standard input) or bundled names.")),
            List.of(OptionSpec.value("--source", "FILE", "The source text to check quotes against.")));

    private final Argmap top;
    private final List<String> maps;
    private final Path source;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when the source is not a path
     */
    ValidateCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.maps = args.positionals("MAP");
        this.source = args.path("--source");
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (String spec : maps) {
            try {
                MapInput.Loaded loaded = MapInput.load(spec, top);
                ArgumentMap m = loaded.map();
                int arguments = m.arguments().size();
                long undercuts = m.relations().stream().filter(Relation::isUndercut).count();
                top.out.println(format(CliMessages.VALID, loaded.name(), m.claims().size(),
                        arguments == 0 ? "" : arguments + (arguments == 1 ? " argument, " : " arguments, "),
                        m.relations().size(), undercuts == 0 ? "" : " of which " + undercuts + (undercuts == 1 ? " undercut" : " undercuts"),
                        checkQuotes(loaded)));
            } catch (InvalidMapException e) {
                e.problems().forEach(top.err::println);
                allValid = false;
            } catch (CliException e) {
                top.err.println(e.getMessage());
                allValid = false;
            }
        }
        return allValid ? 0 : Argmap.INVALID_INPUT;
    }

    /** Checks quotes against --source, or says why they were not checked; the reader already checked a source beside the file. */
    private String checkQuotes(MapInput.Loaded loaded) {
        ArgumentMap map = loaded.map();
        if (source != null) {
            if (Files.isDirectory(source)) {
                throw new CliException(format(CliMessages.SOURCE_IS_DIRECTORY, source));
            }
            String text;
            try {
                text = Files.readString(source, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(format(CliMessages.CANNOT_READ, source, MapInput.reason(e)), e);
            }
            if (loaded.file().isPresent()) {
                // Read again with the given source so that each unfaithful quote gets its line and column.
                MapInput.readFile(loaded.file().get(), source, top.err);
            } else {
                List<Problem> problems = SourceQuotes.check(map, text, source.toString());
                if (!problems.isEmpty()) {
                    throw new InvalidMapException(problems.stream().map(p -> p.inFile(loaded.name())).toList());
                }
            }
            return format(CliMessages.QUOTES_CHECKED, source);
        }
        Optional<String> named = map.source().path();
        if (named.isEmpty() || map.claims().stream().noneMatch(c -> c.quote().isPresent())) {
            return "";
        }
        if (loaded.file().isEmpty()) {
            return loaded.name().equals(MapInput.PANEL) ? format(CliMessages.QUOTES_CHECKED, named.get()) : "";
        }
        Path beside = Optional.ofNullable(loaded.file().get().toAbsolutePath().getParent())
                .map(d -> d.resolve(named.get())).orElse(Path.of(named.get()));
        return Files.isRegularFile(beside)
                ? format(CliMessages.QUOTES_CHECKED, named.get())
                : format(CliMessages.QUOTES_NOT_CHECKED, named.get());
    }
}
