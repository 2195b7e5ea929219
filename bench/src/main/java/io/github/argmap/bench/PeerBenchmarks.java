package io.github.argmap.bench;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Labelling;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.testing.SyntheticMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/** argmap's grounded semantics against TweetyProject's on the same random frameworks, in one run. */
@State(Scope.Benchmark)
public class PeerBenchmarks extends BenchmarkSettings {
    @Param({"1000", "10000", "100000"})
    public int arguments;

    private ArgumentationFramework af;
    private DungTheory theory;

    @Setup
    public void setUp() {
        af = SyntheticMaps.framework(arguments, 4 * arguments, 7);
        theory = Tweety.theory(af);
    }

    @Benchmark
    public Labelling argmapGrounded() {
        return Semantics.groundedLabelling(af);
    }

    @Benchmark
    public Object tweetyGrounded() {
        return new SimpleGroundedReasoner().getModel(theory);
    }
}
