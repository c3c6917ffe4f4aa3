package com.cryptorebalancer.domain.risk;

/**
 * Bias-corrected sample skewness G1 and excess kurtosis G2 (normal = 0), the estimators pandas'
 * {@code skew()} and {@code kurt()} use. With m_k = Σ (x - x̄)^k / n:
 * <pre>
 *   G1 = √(n(n-1)) / (n-2) · m3 / m2^(3/2)
 *   G2 = (n-1) / ((n-2)(n-3)) · ((n+1) · m4 / m2² - 3(n-1))
 * </pre>
 * Where pandas answers 0 for returns that do not vary, these are NaN with that reason.
 */
public final class HigherMoments {

    private HigherMoments() {
    }

    /** G1; needs at least three returns that vary. */
    public static Figure skewness(double[] x) {
        String why = undefined(x, 3);
        if (why != null) {
            return Figure.undefined("skewness: " + why);
        }
        double n = x.length;
        double[] m = centralMoments(x);
        return Figure.of(Math.sqrt(n * (n - 1)) / (n - 2) * m[3] / Math.pow(m[2], 1.5));
    }

    /** G2; needs at least four returns that vary. */
    public static Figure excessKurtosis(double[] x) {
        String why = undefined(x, 4);
        if (why != null) {
            return Figure.undefined("kurtosis: " + why);
        }
        double n = x.length;
        double[] m = centralMoments(x);
        return Figure.of((n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * m[4] / (m[2] * m[2]) - 3 * (n - 1)));
    }

    private static String undefined(double[] x, int needed) {
        if (x.length < needed) {
            return "needs at least " + needed + " returns, there " + (x.length == 1 ? "is 1" : "are " + x.length);
        }
        return ReturnStatistics.allEqual(x) ? ReturnStatistics.NO_VARIATION : null;
    }

    /** {0, 0, m2, m3, m4}, the central moments with divisor n. */
    private static double[] centralMoments(double[] x) {
        double mean = SampleStatistics.mean(x);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        int n = x.length;
        return new double[] {0, 0, m2 / n, m3 / n, m4 / n};
    }
}
