package io.github.argmap.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings every benchmark class shares, inherited by extending this class (JMH reads
 * class-level settings from superclasses): average time in milliseconds, two warm-up and three
 * measured one-second iterations, one fork with a 6 GB heap for the 10^6-claim maps.
 * {@code bench/run.sh} and docs/benchmarks.md override them on the command line where a longer
 * run is wanted.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public abstract class BenchmarkSettings {
}
