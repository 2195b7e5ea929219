package io.github.argmap.bench;

import io.github.argmap.api.testing.SyntheticMaps;
import io.github.argmap.core.ArgumentMap;

/**
 * Measures the heap a built map retains, at 10^4 to 10^6 claims.
 *
 * <p>Run with {@code -Xmx2g}: the 10^6-claim map must fit.
 */
public final class Memory {
    private Memory() {}

    /**
     * Prints retained heap per size.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (int n : new int[] {10_000, 100_000, 1_000_000}) {
            long before = used();
            ArgumentMap map = SyntheticMaps.map(n, 42);
            long after = used();
            System.out.printf("%,d claims, %,d relations: %,d MB retained (%d bytes a claim)%n", n,
                    map.relations().size(), (after - before) >> 20, (after - before) / n);
            map = null;
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
