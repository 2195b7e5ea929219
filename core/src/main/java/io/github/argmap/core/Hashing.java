package io.github.argmap.core;

/** Spreads hash codes so that similar ids do not share hash-table buckets. */
final class Hashing {
    private Hashing() {}

    /**
     * The 32-bit finaliser of MurmurHash3: every input bit affects every output bit.
     *
     * @param h a hash code
     * @return the mixed hash code
     */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
