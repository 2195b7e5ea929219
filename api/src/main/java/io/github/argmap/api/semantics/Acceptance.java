package io.github.argmap.api.semantics;

import io.github.argmap.api.internal.Messages;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which claims of a map stand, under one semantics and one support reading: a status per claim.
 *
 * <p>The status of a claim {@code x}:
 * <ul>
 *   <li>{@link Semantics#GROUNDED}: the grounded labelling, IN → {@link Status#ACCEPTED}, OUT →
 *       {@link Status#REJECTED}, UNDEC → {@link Status#UNDECIDED}.</li>
 *   <li>{@link Semantics#COMPLETE}, {@link Semantics#PREFERRED}, {@link Semantics#STABLE}:
 *       ACCEPTED when {@code x} is sceptically accepted (in every extension); otherwise REJECTED
 *       when {@code x} is in no extension or is attacked by a sceptically accepted argument;
 *       otherwise UNDECIDED (in some extensions but not all). When there is no extension at all
 *       (possible only under STABLE) every claim is UNDECIDED, as nothing can be said.</li>
 * </ul>
 * Under COMPLETE, ACCEPTED therefore means grounded IN, and REJECTED grounded OUT or in no
 * complete extension (a claim on an odd cycle, for example).
 *
 * <pre>{@code
 * Acceptance result = Acceptance.of(map, Semantics.PREFERRED, SupportReading.BIPOLAR);
 * result.status("walk");              // ACCEPTED, REJECTED or UNDECIDED
 * result.ids(Status.ACCEPTED);         // in map order
 * }</pre>
 *
 * @param semantics the semantics used
 * @param reading the support reading that produced the framework
 * @param statuses the status of every claim, by id, iterating in map order; immutable
 */
public record Acceptance(Semantics semantics, SupportReading reading, Map<String, Status> statuses) {
    /**
     * Copies the statuses into an immutable map that keeps their order.
     *
     * @param semantics the semantics used
     * @param reading the support reading that produced the framework
     * @param statuses the status of every claim, by id, iterating in map order; immutable
     * @throws NullPointerException when a component is {@code null}
     */
    public Acceptance {
        Objects.requireNonNull(semantics, "semantics");
        Objects.requireNonNull(reading, "reading");
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    /**
     * Computes the status of every claim under the default reading, {@link SupportReading#defaultReading()}.
     *
     * @param map the map
     * @param semantics the semantics
     * @return the statuses
     */
    public static Acceptance of(ArgumentMap map, Semantics semantics) {
        return of(map, semantics, SupportReading.defaultReading());
    }

    /**
     * Computes the status of every claim.
     *
     * @param map the map
     * @param semantics the semantics
     * @param reading how supports are read
     * @return the statuses
     */
    public static Acceptance of(ArgumentMap map, Semantics semantics, SupportReading reading) {
        return of(MapFramework.of(map, reading), semantics);
    }

    /**
     * Computes the status of every argument of a map's framework.
     *
     * @param mapFramework the framework and its reading
     * @param semantics the semantics
     * @return the statuses
     */
    public static Acceptance of(MapFramework mapFramework, Semantics semantics) {
        ArgumentationFramework af = mapFramework.framework();
        int n = af.size();
        Status[] status = new Status[n];
        if (semantics == Semantics.GROUNDED) {
            Labelling grounded = Semantics.groundedLabelling(af);
            for (int a = 0; a < n; a++) {
                status[a] = grounded.label(a);
            }
        } else {
            Semantics.Verdicts verdicts = semantics.verdicts(af);
            for (int a = 0; a < n; a++) {
                if (!verdicts.anyExtension) {
                    status[a] = Status.UNDECIDED;
                } else if (verdicts.sceptical[a]) {
                    status[a] = Status.ACCEPTED;
                } else if (!verdicts.credulous[a]) {
                    status[a] = Status.REJECTED;
                } else {
                    status[a] = Status.UNDECIDED;
                }
            }
            if (verdicts.anyExtension) {
                for (int a = 0; a < n; a++) {
                    if (verdicts.sceptical[a]) {
                        for (int b : af.attackedBy(a)) {
                            status[b] = Status.REJECTED;
                        }
                    }
                }
            }
        }
        Map<String, Status> byId = new LinkedHashMap<>(Math.max(16, 2 * n));
        for (int a = 0; a < n; a++) {
            byId.put(af.id(a), status[a]);
        }
        return new Acceptance(semantics, mapFramework.reading(), byId);
    }

    /**
     * The status of one claim.
     *
     * @param claimId the claim's id
     * @return its status
     * @throws IllegalArgumentException when the map has no such claim
     */
    public Status status(String claimId) {
        Status status = statuses.get(claimId);
        if (status == null) {
            throw new IllegalArgumentException(Messages.format(Messages.UNKNOWN_CLAIM, claimId, "statuses().keySet()"));
        }
        return status;
    }

    /**
     * The claims with one status.
     *
     * @param status the status
     * @return their ids in map order, immutable
     */
    public List<String> ids(Status status) {
        List<String> out = new ArrayList<>();
        statuses.forEach((id, s) -> {
            if (s == status) {
                out.add(id);
            }
        });
        return Collections.unmodifiableList(out);
    }
}
