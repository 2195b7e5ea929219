package io.github.argmap.api.summary;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Source;
import io.github.argmap.core.Status;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest of an argument map that tells a reader who argued what and where they disagreed.
 *
 * <p>{@link #of(ArgumentMap)} computes it; {@link MarkdownSummary} and {@link JsonSummary} render
 * it. Every list is in the map's order (claims, speakers, sections), so the same map always gives
 * the same summary. The parts:
 * <ul>
 *   <li><b>sections</b>: each section in the debate's order with its main points (see
 *       {@link Point}); claims naming no section come last under "Other claims";
 *   <li><b>speakers</b>: per speaker, claims made, supports and rebuttals given and received, whom
 *       they rebut and who rebuts them, and their theses; <b>exchanges</b> is the
 *       agreement/disagreement matrix between speakers;
 *   <li><b>theses</b>: claims that support or rebut nothing;
 *   <li><b>most supported</b>: score = direct supports + 0.5 × supports of its supporters;
 *       <b>most contested</b>: score = direct rebuttals + 0.5 × rebuttals of its supporters (an
 *       attack on a reason is half an attack on the claim). Claims scoring 0 are left out; ties go
 *       to the claim earlier in the map;
 *   <li><b>unanswered</b>: claims that are rebutted, have no support, and none of whose rebutters is
 *       itself rebutted: objections nobody answered, on claims nobody backed;
 *   <li><b>longest chain</b>: the longest path of supports. Supports normally form no cycle; when
 *       they do, the chain only uses supports between different strongly connected components of
 *       the support relation (its condensation), and {@link Chain#supportCycles()} names the circles;
 *   <li><b>standing</b>: when statuses are passed in, how many claims are accepted, rejected and
 *       undecided, and which theses stand. Statuses and strengths also appear on every
 *       {@link ClaimRef}.
 * </ul>
 *
 * <pre>{@code
 * Summary s = Summary.of(map);
 * s.mostContested().get(0).claim().text();
 * String md = MarkdownSummary.render(s);
 * String json = JsonSummary.render(s);
 * // with an acceptance overlay computed elsewhere:
 * Summary.of(map, Map.of("walk", Status.ACCEPTED, "late", Status.REJECTED), Map.of("walk", 0.7));
 * }</pre>
 *
 * @param title the map's title
 * @param source the map's source
 * @param notes the map's notes
 * @param counts sizes
 * @param sections the sections in order with their main points
 * @param speakers per-speaker summaries, in map order
 * @param exchanges the non-empty cells of the agreement/disagreement matrix, by speaker order of
 *     {@code from} then {@code to}
 * @param theses claims that support or rebut nothing, in map order
 * @param mostSupported the top claims by support score
 * @param mostContested the top claims by contest score
 * @param unanswered rebutted claims nobody defended, in map order
 * @param longestChain the longest chain of supports
 * @param standing which claims stand, when statuses were passed in
 */
public record Summary(String title, Source source, List<String> notes, Counts counts, List<SectionDigest> sections,
        List<SpeakerSummary> speakers, List<Exchange> exchanges, List<ClaimRef> theses, List<Ranked> mostSupported,
        List<Ranked> mostContested, List<ClaimRef> unanswered, Chain longestChain, Optional<Standing> standing) {

    /**
     * Copies the lists and checks that no component is {@code null}.
     *
     * @param title the map's title
     * @param source the map's source
     * @param notes the map's notes
     * @param counts sizes
     * @param sections the sections in order with their main points
     * @param speakers per-speaker summaries, in map order
     * @param exchanges the non-empty cells of the agreement/disagreement matrix, by speaker order of
     *         {@code from} then {@code to}
     * @param theses claims that support or rebut nothing, in map order
     * @param mostSupported the top claims by support score
     * @param mostContested the top claims by contest score
     * @param unanswered rebutted claims nobody defended, in map order
     * @param longestChain the longest chain of supports
     * @param standing which claims stand, when statuses were passed in
     * @throws NullPointerException when a component is {@code null}
     */
    public Summary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
        Objects.requireNonNull(counts, "counts");
        sections = List.copyOf(sections);
        speakers = List.copyOf(speakers);
        exchanges = List.copyOf(exchanges);
        theses = List.copyOf(theses);
        mostSupported = List.copyOf(mostSupported);
        mostContested = List.copyOf(mostContested);
        unanswered = List.copyOf(unanswered);
        Objects.requireNonNull(longestChain, "longestChain");
        Objects.requireNonNull(standing, "standing");
    }

    /**
     * Summarises a map with the default options.
     *
     * @param map the map, which is not changed
     * @return the summary
     */
    public static Summary of(ArgumentMap map) {
        return of(map, SummaryOptions.defaults());
    }

    /**
     * Summarises a map with statuses and strengths computed elsewhere.
     *
     * @param map the map
     * @param statusById statuses by claim id
     * @param strengthById strengths in [0, 1] by claim id
     * @return the summary
     * @throws IllegalArgumentException when a map names a claim the map lacks or a strength lies
     *     outside [0, 1]
     */
    public static Summary of(ArgumentMap map, Map<String, Status> statusById, Map<String, Double> strengthById) {
        return of(map, SummaryOptions.defaults().withStatus(statusById).withStrength(strengthById));
    }

    /**
     * Summarises a map.
     *
     * @param map the map
     * @param options statuses, strengths and sizes
     * @return the summary
     * @throws IllegalArgumentException when a status or strength map names a claim the map lacks,
     *     or a strength lies outside [0, 1]
     */
    public static Summary of(ArgumentMap map, SummaryOptions options) {
        return new Summarizer(Objects.requireNonNull(map, "map"), Objects.requireNonNull(options, "options")).summary();
    }

    /**
     * Looks up a speaker's summary.
     *
     * @param id the speaker's id
     * @return the summary, or empty when the map has no such speaker
     */
    public Optional<SpeakerSummary> speaker(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Looks up a section's digest.
     *
     * @param id the section's id
     * @return the digest, or empty when the map has no such section
     */
    public Optional<SectionDigest> section(String id) {
        return sections.stream().filter(s -> s.id().equals(Optional.of(id))).findFirst();
    }
}
