package io.github.argmap.api.summary;

/**
 * How big a map is.
 *
 * @param claims the number of claims
 * @param supports the number of supports
 * @param rebuttals the number of rebuttals
 * @param speakers the number of speakers
 * @param sections the number of sections
 * @param theses claims that support or rebut nothing
 * @param evidence claims that nothing supports
 * @param rebuttalCycles circles of mutual rebuttal
 * @param undercuts the number of undercuts (attacks on an inference rather than a claim)
 * @param arguments the number of argument nodes
 */
public record Counts(int claims, int supports, int rebuttals, int speakers, int sections, int theses,
        int evidence, int rebuttalCycles, int undercuts, int arguments) {}
