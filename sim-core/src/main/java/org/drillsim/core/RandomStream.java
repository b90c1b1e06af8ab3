package org.drillsim.core;

import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One named stream of random numbers (XoShiRo256++ from Commons RNG) with the distributions a
 * model needs, all sampled by Commons RNG / Commons Math samplers. Obtain it from
 * {@link RandomStreams#stream(String)}. Not thread-safe.
 */
public final class RandomStream {
    private final String name;
    private final UniformRandomProvider rng;
    private final ContinuousSampler standardExponential;
    private final ZigguratSampler.NormalizedGaussian standardNormal;

    RandomStream(String name, long seed) {
        this.name = name;
        this.rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        this.standardExponential = ZigguratSampler.Exponential.of(rng);
        this.standardNormal = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** The purpose name of this stream. */
    public String name() {
        return name;
    }

    /** The underlying generator, for other Commons RNG samplers. */
    public UniformRandomProvider rng() {
        return rng;
    }

    /** Uniform on [0, 1). */
    public double uniform() {
        return rng.nextDouble();
    }

    /** Uniform on [lo, hi]. */
    public double uniform(double lo, double hi) {
        check(lo <= hi, "uniform(" + lo + ", " + hi + "): lo > hi");
        return ContinuousUniformSampler.of(rng, lo, hi).sample();
    }

    /** Uniform integer in [0, n). */
    public int nextInt(int n) {
        check(n > 0, "nextInt(" + n + "): bound must be > 0");
        return rng.nextInt(n);
    }

    /** {@code true} with probability p. */
    public boolean bernoulli(double p) {
        check(p >= 0 && p <= 1, "bernoulli(" + p + "): p must be in [0, 1]");
        return rng.nextDouble() < p;
    }

    /** Exponential with the given mean (&gt; 0). */
    public double exponential(double mean) {
        check(mean > 0, "exponential(mean=" + mean + "): mean must be > 0");
        return mean * standardExponential.sample();
    }

    /** Normal with mean mu and standard deviation sigma (&ge; 0). */
    public double normal(double mu, double sigma) {
        check(sigma >= 0, "normal(" + mu + ", " + sigma + "): sigma must be >= 0");
        return GaussianSampler.of(standardNormal, mu, sigma).sample();
    }

    /** Log-normal: exp(N(mu, sigma)), mu and sigma of the underlying normal. */
    public double lognormal(double mu, double sigma) {
        check(sigma > 0, "lognormal(" + mu + ", " + sigma + "): sigma must be > 0");
        return LogNormalSampler.of(standardNormal, mu, sigma).sample();
    }

    /** Log-normal with the given mean and standard deviation of the variable itself. */
    public double lognormalMeanSd(double mean, double sd) {
        check(mean > 0 && sd > 0, "lognormalMeanSd(" + mean + ", " + sd + "): mean and sd must be > 0");
        double s2 = Math.log(1 + (sd * sd) / (mean * mean));
        return lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    /** Triangular on [a, b] with mode c, by inversion (Commons Math inverse CDF). */
    public double triangular(double a, double c, double b) {
        check(a <= c && c <= b && a < b, "triangular(" + a + ", " + c + ", " + b + "): need a <= c <= b and a < b");
        return new TriangularDistribution(null, a, c, b).inverseCumulativeProbability(rng.nextDouble());
    }

    /** Poisson with the given mean (&gt; 0). */
    public int poisson(double mean) {
        check(mean > 0, "poisson(" + mean + "): mean must be > 0");
        return PoissonSampler.of(rng, mean).sample();
    }

    /** Index i drawn with probability weights[i] / sum(weights) (weights &ge; 0, not all zero). */
    public int choice(double[] weights) {
        check(weights != null && weights.length > 0, "choice(): no weights");
        return discreteSampler(weights).sample();
    }

    /** A reusable sampler for repeated {@link #choice(double[])} draws with fixed weights. */
    public DiscreteSampler discreteSampler(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            check(w >= 0 && Double.isFinite(w), "choice(): weight " + w + " is negative or not finite");
            sum += w;
        }
        check(sum > 0, "choice(): all weights are zero");
        return AliasMethodDiscreteSampler.of(rng, weights);
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("random stream '" + name + "': " + message);
        }
    }
}
