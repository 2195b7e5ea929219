package io.github.argmap.bench;

import io.github.argmap.api.semantics.ArgumentationFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/** Converts frameworks to TweetyProject's {@code DungTheory}, and its extensions back to sorted ids. */
final class Tweety {
    private Tweety() {}

    static DungTheory theory(ArgumentationFramework af) {
        DungTheory t = new DungTheory();
        Argument[] args = new Argument[af.size()];
        for (int i = 0; i < af.size(); i++) {
            args[i] = new Argument(af.id(i));
            t.add(args[i]);
        }
        for (int a = 0; a < af.size(); a++) {
            for (int b : af.attackedBy(a)) {
                t.add(new Attack(args[a], args[b]));
            }
        }
        return t;
    }

    static List<String> ids(Extension<DungTheory> e) {
        TreeSet<String> ids = new TreeSet<>();
        for (Argument a : e) {
            ids.add(a.getName());
        }
        return new ArrayList<>(ids);
    }
}
