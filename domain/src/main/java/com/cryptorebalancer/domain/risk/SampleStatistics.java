package com.cryptorebalancer.domain.risk;

/**
 * The sample moments every risk figure is built on, with n - 1 wherever a deviation is taken
 * (risk-conventions.md). A figure that needs more observations than it has is {@code NaN}, never 0.
 */
public final class SampleStatistics {

    private SampleStatistics() {
    }

    public static double mean(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance (ddof = 1); NaN below two observations. */
    public static double variance(double[] x) {
        return covariance(x, x);
    }

    /** Sample standard deviation (ddof = 1); NaN below two observations. */
    public static double standardDeviation(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Sample covariance (ddof = 1) of two series of the same length; NaN below two observations. */
    public static double covariance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of different lengths: " + x.length + " and " + y.length);
        }
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (n - 1);
    }

    /** The sample covariance matrix (ddof = 1) of the coins' returns; NaN entries below two returns. */
    public static double[][] covarianceMatrix(DailyReturns returns) {
        int k = returns.assetCount();
        int n = returns.count();
        double[][] centred = new double[k][];
        for (int a = 0; a < k; a++) {
            double[] r = returns.raw(a);
            double m = mean(r);
            double[] c = new double[n];
            for (int t = 0; t < n; t++) {
                c[t] = r[t] - m;
            }
            centred[a] = c;
        }
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            double[] ci = centred[i];
            for (int j = i; j < k; j++) {
                double[] cj = centred[j];
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    sum += ci[t] * cj[t];
                }
                double value = n < 2 ? Double.NaN : sum / (n - 1);
                cov[i][j] = value;
                cov[j][i] = value;
            }
        }
        return cov;
    }
}
