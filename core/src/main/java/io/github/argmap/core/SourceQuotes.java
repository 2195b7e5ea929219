package io.github.argmap.core;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every claim's quote occurs verbatim in the source text.
 *
 * <p>{@code SourceQuotes.check(map, text, "coalitions-of-the-willing.txt")} is empty for a faithful map.
 */
public final class SourceQuotes {
    private SourceQuotes() {}

    /**
     * Finds the quotes that are not exact substrings of the source.
     *
     * @param map the map
     * @param sourceText the full source text
     * @param sourceName how to name the source in messages
     * @return one problem per unfaithful quote, with pointer {@code /claims/i/quote}; empty when all are verbatim
     */
    public static List<Problem> check(ArgumentMap map, String sourceText, String sourceName) {
        List<Problem> problems = new ArrayList<>();
        List<Claim> claims = map.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.quote().isPresent() && !sourceText.contains(c.quote().get())) {
                problems.add(Problem.of(new Problem.Element(Problem.Kind.CLAIM, i, c.id(), "quote"), format(Messages.QUOTE_NOT_IN_SOURCE, c.id(), sourceName)));
            }
        }
        return problems;
    }
}
