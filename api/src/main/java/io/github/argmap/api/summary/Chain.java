package io.github.argmap.api.summary;

import java.util.List;

/**
 * The longest chain of reasoning: claims each supporting the next.
 *
 * @param claims from the first reason to the final conclusion; empty when the map has no support
 * @param supportCycles circles of mutual support (each in map order), which a chain never enters;
 *     empty when supports form no cycle
 */
public record Chain(List<ClaimRef> claims, List<List<ClaimRef>> supportCycles) {
    /**
     * Copies the lists.
     *
     * @param claims from the first reason to the final conclusion; empty when the map has no support
     * @param supportCycles circles of mutual support (each in map order), which a chain never enters;
     *         empty when supports form no cycle
     */
    public Chain {
        claims = List.copyOf(claims);
        supportCycles = supportCycles.stream().map(List::copyOf).toList();
    }

    /** @return how many supports the chain has */
    public int length() {
        return Math.max(0, claims.size() - 1);
    }
}
