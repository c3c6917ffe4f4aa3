package com.cryptorebalancer.domain.suggest;

/**
 * The two Ledoit-Wolf shrinkage targets and their optimal intensities (see {@link CovarianceEstimator}).
 * Inputs are the de-meaned returns {@code x[asset][t]}; moments use the papers' divisor T.
 */
final class LedoitWolf {

    /** Below this share of the sample's squared norm, the sample already is the target: nothing to shrink. */
    private static final double SAME_AS_TARGET = 1e-24;

    private LedoitWolf() {
    }

    /** The average correlation over pairs of assets that both vary; 0 when there is no such pair. */
    static double averageCorrelation(double[][] s) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (i != j && s[i][i] > 0 && s[j][j] > 0) {
                    sum += s[i][j] / Math.sqrt(s[i][i] * s[j][j]);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /** F: the variances of s on the diagonal, r̄·σ_i·σ_j elsewhere. */
    static double[][] constantCorrelationTarget(double[][] s) {
        double rBar = averageCorrelation(s);
        int n = s.length;
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = i == j ? s[i][i] : rBar * Math.sqrt(s[i][i] * s[j][j]);
            }
        }
        return f;
    }

    /** F: the average variance of s times the identity. */
    static double[][] scaledIdentityTarget(double[][] s) {
        int n = s.length;
        double mu = 0;
        for (int i = 0; i < n; i++) {
            mu += s[i][i];
        }
        mu /= n;
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            f[i][i] = mu;
        }
        return f;
    }

    /**
     * δ = max(0, min(1, (π̂ - ρ̂) / γ̂ / T)) of "Honey, I shrunk the sample covariance matrix" (its covCor.m):
     * π̂ = Σ_ij avg_t (x_i x_j - s_ij)², ρ̂ = Σ_i π̂_ii + r̄ Σ_{i≠j} (σ_j / σ_i) θ̂_ij with
     * θ̂_ij = avg_t x_i³ x_j - s_ii s_ij, and γ̂ = ‖S - F‖²; 0 when S is already F (e.g. two assets).
     */
    static double constantCorrelationIntensity(double[][] x) {
        int n = x.length;
        int t = x[0].length;
        double[][] s = Moments.divided(Moments.crossProducts(x), t);
        double[][] f = constantCorrelationTarget(s);
        double[][] squares = Moments.powers(x, 2);
        double[][] fourth = Moments.divided(Moments.crossProducts(squares), t);
        double[][] thirdFirst = Moments.divided(Moments.crossProducts(Moments.powers(x, 3), x), t);
        double rBar = averageCorrelation(s);
        double pi = 0;
        double rho = 0;
        double gamma = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double piIj = fourth[i][j] - s[i][j] * s[i][j];
                pi += piIj;
                if (i == j) {
                    rho += piIj;
                } else if (s[i][i] > 0) {
                    double theta = thirdFirst[i][j] - s[i][i] * s[i][j];
                    rho += rBar * Math.sqrt(s[j][j] / s[i][i]) * theta;
                }
                gamma += (s[i][j] - f[i][j]) * (s[i][j] - f[i][j]);
            }
        }
        if (gamma <= SAME_AS_TARGET * Moments.squaredNorm(s)) {
            return 0;
        }
        return clamp((pi - rho) / gamma / t);
    }

    /**
     * The intensity of the scaled-identity target as {@code sklearn.covariance.ledoit_wolf_shrinkage} computes
     * it: δ² = ‖S - μI‖² / n, β̄² = (avg_t ‖x_t‖⁴ - ‖S‖²) / (n·T), intensity min(β̄², δ²) / δ²; 0 when S is μI.
     */
    static double scaledIdentityIntensity(double[][] x) {
        int n = x.length;
        int t = x[0].length;
        double[][] s = Moments.divided(Moments.crossProducts(x), t);
        double mu = scaledIdentityTarget(s)[0][0];
        double delta = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = s[i][j] - (i == j ? mu : 0);
                delta += d * d;
            }
        }
        delta /= n;
        double fourth = 0;
        for (int k = 0; k < t; k++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += x[i][k] * x[i][k];
            }
            fourth += norm * norm;
        }
        double betaBar = (fourth / t - Moments.squaredNorm(s)) / ((double) n * t);
        if (delta <= SAME_AS_TARGET * Moments.squaredNorm(s)) {
            return 0;
        }
        return clamp(Math.min(betaBar, delta) / delta);
    }

    private static double clamp(double intensity) {
        return Math.max(0, Math.min(1, intensity));
    }
}
