package io.github.argmap.bench;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.testing.SyntheticMaps;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tweetyproject.arg.dung.reasoner.SimplePreferredReasoner;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Preferred semantics, NP-hard: argmap's SAT-based search against TweetyProject's
 * {@code SimplePreferredReasoner} on the same random frameworks (four attacks per argument on
 * average), at the sizes Tweety can still finish; and argmap alone on the 200-argument frameworks
 * of the semantics issue.
 */
@State(Scope.Benchmark)
public class PreferredBenchmarks extends BenchmarkSettings {
    @Param({"20", "25", "30"})
    public int arguments;

    private ArgumentationFramework af;
    private DungTheory theory;

    @Setup
    public void setUp() {
        af = SyntheticMaps.erdosRenyi(arguments, 4.0 / arguments, 1);
        theory = Tweety.theory(af);
    }

    @Benchmark
    public List<Extension> argmapPreferred() {
        return Semantics.PREFERRED.extensions(af);
    }

    @Benchmark
    public Collection<?> tweetyPreferred() {
        return new SimplePreferredReasoner().getModels(theory);
    }

    /** The semantics issue's frameworks: 200 arguments, attack probability 0.02, five seeds. */
    @State(Scope.Benchmark)
    public static class Large {
        @Param({"1", "2", "3", "4", "5"})
        public long seed;
        ArgumentationFramework af;

        @Setup
        public void setUp() {
            af = SyntheticMaps.erdosRenyi(200, 0.02, seed);
        }
    }

    /**
     * Preferred and stable at 200 arguments, in their own class so that the size parameter of the
     * peer comparison does not multiply their runs.
     */
    @State(Scope.Benchmark)
        public static class At200 extends BenchmarkSettings {
        @Benchmark
        public List<Extension> argmapPreferred(Large p) {
            return Semantics.PREFERRED.extensions(p.af);
        }

        @Benchmark
        public List<Extension> argmapStable(Large p) {
            return Semantics.STABLE.extensions(p.af);
        }
    }
}
