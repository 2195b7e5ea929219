package io.github.argmap.core.internal;

import io.github.argmap.core.ArgumentMap;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids a map gives its relations: a relation's own id, else {@link ArgumentMap.Builder#defaultRelationId}
 * of its position, with a suffix {@code -2}, {@code -3}… when that id is taken. One rule for the map
 * ({@link ArgumentMap#idOf}) and for the readers that resolve undercuts by those ids before the map is built.
 */
public final class RelationIds {
    private RelationIds() {}

    /**
     * Names every relation; O(relations).
     *
     * @param given each relation's own id, {@code ""} for none, in map order
     * @return each relation's id, in the same order
     */
    public static String[] of(String[] given) {
        Set<String> taken = null;
        for (String id : given) {
            if (!id.isEmpty()) {
                if (taken == null) {
                    taken = new HashSet<>();
                }
                taken.add(id);
            }
        }
        String[] out = new String[given.length];
        for (int i = 0; i < given.length; i++) {
            if (!given[i].isEmpty()) {
                out[i] = given[i];
                continue;
            }
            String id = ArgumentMap.Builder.defaultRelationId(i);
            // Only maps that name some relations themselves can collide with a default id.
            if (taken != null) {
                for (int k = 2; taken.contains(id); k++) {
                    id = ArgumentMap.Builder.defaultRelationId(i) + "-" + k;
                }
                taken.add(id);
            }
            out[i] = id;
        }
        return out;
    }
}
