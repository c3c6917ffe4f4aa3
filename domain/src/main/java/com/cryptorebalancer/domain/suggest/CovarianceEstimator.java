package com.cryptorebalancer.domain.suggest;

/**
 * How the covariance matrix of daily returns is estimated.
 *
 * <ul>
 *   <li>{@link #SAMPLE}: the sample covariance with n - 1 (risk-conventions.md).</li>
 *   <li>{@link #LEDOIT_WOLF_CONSTANT_CORRELATION}: shrunk towards the constant-correlation target of Ledoit &amp;
 *       Wolf, "Honey, I shrunk the sample covariance matrix" (J. Portfolio Management 30(4), 2004): every pair
 *       gets the average sample correlation, every asset keeps its own variance.</li>
 *   <li>{@link #LEDOIT_WOLF_SCALED_IDENTITY}: shrunk towards the average variance times the identity, Ledoit &amp;
 *       Wolf, "A well-conditioned estimator for large-dimensional covariance matrices" (J. Multivariate Analysis
 *       88, 2004), as {@code sklearn.covariance.ledoit_wolf} computes it.</li>
 * </ul>
 *
 * <p>The shrinkage intensity δ of both Ledoit-Wolf estimators is their optimal one, estimated from the data with
 * the papers' moments (divisor T), clamped to [0, 1]. The matrix is then δ·F + (1 - δ)·S with S the sample
 * covariance with n - 1 and F the target built from that S: it is T / (T - 1) times the papers' matrix, a
 * factor that changes no optimal weight and makes δ = 0 give exactly the sample covariance used elsewhere.
 */
public enum CovarianceEstimator {

    SAMPLE("sample"),
    LEDOIT_WOLF_CONSTANT_CORRELATION("ledoit-wolf-constant-correlation"),
    LEDOIT_WOLF_SCALED_IDENTITY("ledoit-wolf-scaled-identity");

    private final String code;

    CovarianceEstimator(String code) {
        this.code = code;
    }

    /** The name used in output and requests. */
    public String code() {
        return code;
    }

    public boolean shrinks() {
        return this != SAMPLE;
    }

    /** The estimator named {@code code} (any case). */
    public static CovarianceEstimator ofCode(String code) {
        for (CovarianceEstimator estimator : values()) {
            if (estimator.code.equalsIgnoreCase(code.strip())) {
                return estimator;
            }
        }
        throw new IllegalArgumentException("no covariance estimator '" + code + "': use sample, "
                + LEDOIT_WOLF_CONSTANT_CORRELATION.code + " or " + LEDOIT_WOLF_SCALED_IDENTITY.code);
    }

    /**
     * The covariance of the daily returns.
     *
     * @throws IllegalArgumentException with fewer than two returns
     */
    public CovarianceEstimate estimate(ReturnMatrix returns) {
        int t = returns.observations();
        if (t < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 daily returns, there "
                    + (t == 1 ? "is 1" : "are " + t));
        }
        double[][] centred = Moments.centred(returns.raw());
        double[][] sample = Moments.crossProducts(centred);
        return switch (this) {
            case SAMPLE -> new CovarianceEstimate(this, returns.names(), scaled(sample, 1.0 / (t - 1)), Double.NaN, t);
            case LEDOIT_WOLF_CONSTANT_CORRELATION -> shrunk(returns, sample, t,
                    LedoitWolf.constantCorrelationTarget(sample), LedoitWolf.constantCorrelationIntensity(centred));
            case LEDOIT_WOLF_SCALED_IDENTITY -> shrunk(returns, sample, t,
                    LedoitWolf.scaledIdentityTarget(sample), LedoitWolf.scaledIdentityIntensity(centred));
        };
    }

    private CovarianceEstimate shrunk(ReturnMatrix returns, double[][] crossProducts, int t, double[][] target,
                                      double intensity) {
        // target and cross products scale together: building both on sums and dividing once by t - 1 gives F(S)
        int n = crossProducts.length;
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = (intensity * target[i][j] + (1 - intensity) * crossProducts[i][j]) / (t - 1);
            }
        }
        return new CovarianceEstimate(this, returns.names(), matrix, intensity, t);
    }

    private static double[][] scaled(double[][] m, double factor) {
        double[][] out = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = m[i][j] * factor;
            }
        }
        return out;
    }
}
