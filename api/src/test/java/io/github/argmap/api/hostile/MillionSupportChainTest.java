package io.github.argmap.api.hostile;

import org.junit.jupiter.api.Tag;

/** {@link SupportChainChecks} on a chain of {@link Chains#N} claims (a million unless {@code -Dargmap.apiChainLength} says otherwise): {@code mvn -B verify -Pscale}. */
@Tag("scale")
class MillionSupportChainTest extends SupportChainChecks {
    MillionSupportChainTest() {
        super(Chains.N);
    }
}
