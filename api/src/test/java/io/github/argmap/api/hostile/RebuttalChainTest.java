package io.github.argmap.api.hostile;

/**
 * {@link RebuttalChainChecks} on a chain of 30,000 claims, in the default build: long enough that a recursion along
 * the chain overflows surefire's 1 MB stack, short enough for a developer's feedback. The million-claim
 * run is {@link MillionRebuttalChainTest}, in the scale profile.
 */
class RebuttalChainTest extends RebuttalChainChecks {
    RebuttalChainTest() {
        super(30_000);
    }
}
