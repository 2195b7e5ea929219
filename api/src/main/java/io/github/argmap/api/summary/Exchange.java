package io.github.argmap.api.summary;

import java.util.Objects;

/**
 * One cell of the agreement/disagreement matrix: how often one speaker's claims support or rebut
 * another's.
 *
 * @param from the id of the speaker whose claims support or rebut
 * @param to the id of the speaker whose claims are supported or rebutted (may equal {@code from})
 * @param supports how many supports go from {@code from}'s claims to {@code to}'s
 * @param rebuttals how many rebuttals go from {@code from}'s claims to {@code to}'s
 */
public record Exchange(String from, String to, int supports, int rebuttals) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param from the id of the speaker whose claims support or rebut
     * @param to the id of the speaker whose claims are supported or rebutted (may equal {@code from})
     * @param supports how many supports go from {@code from}'s claims to {@code to}'s
     * @param rebuttals how many rebuttals go from {@code from}'s claims to {@code to}'s
     * @throws NullPointerException when a component is {@code null}
     */
    public Exchange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
