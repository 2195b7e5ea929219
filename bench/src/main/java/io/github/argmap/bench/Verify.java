package io.github.argmap.bench;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.Extension;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.testing.SyntheticMaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.reasoner.SimplePreferredReasoner;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Checks that argmap and TweetyProject agree before their speeds are compared, and times Tweety's
 * preferred reasoner once (it is too slow for a JMH loop at 200 arguments).
 *
 * <p>{@code java -cp … io.github.argmap.bench.Verify}; exits 1 on any disagreement.
 */
public final class Verify {
    private Verify() {}

    /**
     * Runs the checks.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int checked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            ArgumentationFramework af = SyntheticMaps.erdosRenyi(8 + (int) (seed % 5), 0.2, seed);
            DungTheory t = Tweety.theory(af);
            same("grounded", seed, sorted(Semantics.GROUNDED.extensions(af)),
                    List.of(Tweety.ids(new SimpleGroundedReasoner().getModel(t))));
            List<List<String>> tweetyPreferred = new ArrayList<>();
            new SimplePreferredReasoner().getModels(t).forEach(e -> tweetyPreferred.add(Tweety.ids(e)));
            tweetyPreferred.sort(Comparator.comparing(Object::toString));
            same("preferred", seed, sorted(Semantics.PREFERRED.extensions(af)), tweetyPreferred);
            checked++;
        }
        ArgumentationFramework big = SyntheticMaps.framework(100_000, 400_000, 7);
        same("grounded", 7, sorted(Semantics.GROUNDED.extensions(big)),
                List.of(Tweety.ids(new SimpleGroundedReasoner().getModel(Tweety.theory(big)))));
        System.out.println("argmap and TweetyProject agree on " + checked
                + " small frameworks (grounded, preferred) and on grounded at 100,000 arguments");
        for (int n : new int[] {20, 30, 40}) {
            ArgumentationFramework af = SyntheticMaps.erdosRenyi(n, 0.02 * 200 / n, 1);
            long t0 = System.nanoTime();
            new SimplePreferredReasoner().getModels(Tweety.theory(af));
            long t1 = System.nanoTime();
            Semantics.PREFERRED.extensions(af);
            long t2 = System.nanoTime();
            System.out.printf("preferred, %d arguments, 4 attacks per argument on average: Tweety %.1f ms, argmap %.1f ms%n",
                    n, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    private static List<List<String>> sorted(List<Extension> extensions) {
        List<List<String>> out = new ArrayList<>();
        for (Extension e : extensions) {
            out.add(new ArrayList<>(new TreeSet<>(e.ids())));
        }
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    private static void same(String what, long seed, List<List<String>> argmap, List<List<String>> tweety) {
        if (!argmap.equals(tweety)) {
            System.err.println(what + " differs on seed " + seed + ": argmap " + argmap + ", Tweety " + tweety);
            System.exit(1);
        }
    }
}
