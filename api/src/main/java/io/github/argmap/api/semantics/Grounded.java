package io.github.argmap.api.semantics;

import io.github.argmap.core.Status;
import java.util.Arrays;

/**
 * The grounded labelling in time linear in arguments plus attacks.
 *
 * <p>Each argument keeps a count of its attackers not yet labelled OUT. Arguments whose count is
 * zero are IN and go on a queue; when an IN argument is taken off the queue, every argument it
 * attacks becomes OUT (once), and each OUT argument lowers the counts of the arguments it attacks,
 * queueing those that reach zero. Every argument becomes OUT at most once and every IN argument is
 * dequeued once, so each attack is looked at at most twice and nothing is rescanned; what is
 * never reached stays UNDEC.
 */
final class Grounded {
    static final byte IN = (byte) Status.ACCEPTED.ordinal();
    static final byte OUT = (byte) Status.REJECTED.ordinal();
    static final byte UNDEC = (byte) Status.UNDECIDED.ordinal();

    private Grounded() {}

    static byte[] labels(ArgumentationFramework af) {
        int n = af.size();
        int[] inStart = af.attackersStart;
        int[] outStart = af.attackedStart;
        int[] attacked = af.attacked;
        byte[] labels = new byte[n];
        Arrays.fill(labels, UNDEC);
        int[] pending = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < n; a++) {
            pending[a] = inStart[a + 1] - inStart[a];
            if (pending[a] == 0) {
                labels[a] = IN;
                queue[tail++] = a;
            }
        }
        while (head < tail) {
            int a = queue[head++];
            for (int k = outStart[a]; k < outStart[a + 1]; k++) {
                int b = attacked[k];
                if (labels[b] == OUT) {
                    continue;
                }
                labels[b] = OUT;
                for (int j = outStart[b]; j < outStart[b + 1]; j++) {
                    int c = attacked[j];
                    if (--pending[c] == 0 && labels[c] == UNDEC) {
                        labels[c] = IN;
                        queue[tail++] = c;
                    }
                }
            }
        }
        return labels;
    }
}
