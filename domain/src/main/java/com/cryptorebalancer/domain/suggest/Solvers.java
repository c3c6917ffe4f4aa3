package com.cryptorebalancer.domain.suggest;

import org.ojalgo.optimisation.Optimisation;

/** What the quadratic programmes share: the scaling of Σ and reading a result. */
final class Solvers {

    private Solvers() {
    }

    /**
     * Σ divided by its average variance, so that the solver's absolute tolerances meet numbers near 1
     * whatever the data (daily variances are near 1e-3). A Σ without variance is returned as it is.
     */
    static double[][] normalised(double[][] sigma) {
        int n = sigma.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale += sigma[i][i];
        }
        scale /= n;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = scale > 0 ? sigma[i][j] / scale : sigma[i][j];
            }
        }
        return out;
    }

    /** The first n values of an optimal (or approximate) result; a failed one is an error, named. */
    static double[] values(Optimisation.Result result, int n, String problem) {
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the " + problem + " programme was not solved: the solver says "
                    + result.getState());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = result.doubleValue(i);
        }
        return out;
    }
}
