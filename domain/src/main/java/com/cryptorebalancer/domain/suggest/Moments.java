package com.cryptorebalancer.domain.suggest;

/** Sums over days of de-meaned daily returns {@code x[asset][t]}, for the covariance estimators. */
final class Moments {

    private Moments() {
    }

    /** Each series less its own mean. */
    static double[][] centred(double[][] returns) {
        double[][] centred = new double[returns.length][];
        for (int a = 0; a < returns.length; a++) {
            double[] r = returns[a];
            double mean = 0;
            for (double v : r) {
                mean += v;
            }
            mean /= r.length;
            double[] c = new double[r.length];
            for (int t = 0; t < r.length; t++) {
                c[t] = r[t] - mean;
            }
            centred[a] = c;
        }
        return centred;
    }

    /** Σ_t x_i,t · y_j,t for every pair (the unnormalised co-moments). */
    static double[][] crossProducts(double[][] x, double[][] y) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double[] xi = x[i];
                double[] yj = y[j];
                for (int t = 0; t < xi.length; t++) {
                    sum += xi[t] * yj[t];
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    static double[][] crossProducts(double[][] x) {
        return crossProducts(x, x);
    }

    /** The squared Frobenius norm Σ_ij m_ij². */
    static double squaredNorm(double[][] m) {
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum;
    }

    /** m divided by {@code by}, in place (m is returned). */
    static double[][] divided(double[][] m, double by) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= by;
            }
        }
        return m;
    }

    /** Each value squared (power 2) or cubed (power 3). */
    static double[][] powers(double[][] x, int power) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int t = 0; t < x[i].length; t++) {
                out[i][t] = power == 2 ? x[i][t] * x[i][t] : x[i][t] * x[i][t] * x[i][t];
            }
        }
        return out;
    }
}
