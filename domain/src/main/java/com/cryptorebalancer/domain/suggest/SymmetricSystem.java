package com.cryptorebalancer.domain.suggest;

/** Small dense linear algebra for the risk-parity Newton steps: Σx and a Cholesky solve. */
final class SymmetricSystem {

    private SymmetricSystem() {
    }

    static double[] times(double[][] m, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            double[] row = m[i];
            for (int j = 0; j < x.length; j++) {
                sum += row[j] * x[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /** Solves h d = g for a symmetric positive definite h by its Cholesky factor. */
    static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalStateException("the Newton matrix is not positive definite at row " + i);
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] d = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * d[k];
            }
            d[i] = sum / l[i][i];
        }
        return d;
    }
}
