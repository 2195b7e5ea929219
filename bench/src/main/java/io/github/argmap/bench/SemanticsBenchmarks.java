package io.github.argmap.bench;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Labelling;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.testing.SyntheticMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grounded semantics and h-categorizer on random frameworks with four attacks per argument.
 *
 * <p>{@code edgePass} is the physical limit: one pass over the attack arrays counting each
 * argument's attackers, the first thing any grounded algorithm must do.
 */
@State(Scope.Benchmark)
public class SemanticsBenchmarks extends BenchmarkSettings {
    @Param({"10000", "100000", "1000000"})
    public int arguments;

    private ArgumentationFramework af;
    private int[] from;
    private int[] to;

    @Setup
    public void setUp() {
        af = SyntheticMaps.framework(arguments, 4 * arguments, 7);
        from = new int[af.attackCount()];
        to = new int[af.attackCount()];
        int n = 0;
        for (int a = 0; a < af.size(); a++) {
            for (int b : af.attackedBy(a)) {
                from[n] = a;
                to[n] = b;
                n++;
            }
        }
    }

    @Benchmark
    public Labelling grounded() {
        return Semantics.groundedLabelling(af);
    }

    @Benchmark
    public int edgePass() {
        int[] attackers = new int[arguments];
        for (int i = 0; i < to.length; i++) {
            attackers[to[i]]++;
        }
        return attackers[from[0]];
    }

    @Benchmark
    public Strengths hCategorizer() {
        return Strength.hCategorizer(af);
    }
}
