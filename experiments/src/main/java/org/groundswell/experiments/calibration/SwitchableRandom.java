package org.groundswell.experiments.calibration;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A generator that hands every call to another, which can be switched: so that one Commons Math distribution,
 * built once per generation, can draw each attempt's numbers from that attempt's own generator. It keeps no
 * state of its own (no cached Gaussian), so a draw depends only on the generator switched in.
 */
final class SwitchableRandom implements RandomGenerator {

    private RandomGenerator delegate;

    void use(RandomGenerator random) {
        this.delegate = random;
    }

    @Override
    public void setSeed(int seed) {
        delegate.setSeed(seed);
    }

    @Override
    public void setSeed(int[] seed) {
        delegate.setSeed(seed);
    }

    @Override
    public void setSeed(long seed) {
        delegate.setSeed(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        delegate.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return delegate.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return delegate.nextInt(n);
    }

    @Override
    public long nextLong() {
        return delegate.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return delegate.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return delegate.nextFloat();
    }

    @Override
    public double nextDouble() {
        return delegate.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return delegate.nextGaussian();
    }
}
