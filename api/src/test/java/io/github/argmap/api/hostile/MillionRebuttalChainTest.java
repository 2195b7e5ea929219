package io.github.argmap.api.hostile;

import org.junit.jupiter.api.Tag;

/** {@link RebuttalChainChecks} on a chain of {@link Chains#N} claims (a million unless {@code -Dargmap.apiChainLength} says otherwise): {@code mvn -B verify -Pscale}. */
@Tag("scale")
class MillionRebuttalChainTest extends RebuttalChainChecks {
    MillionRebuttalChainTest() {
        super(Chains.N);
    }
}
