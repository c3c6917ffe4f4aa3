package com.cryptorebalancer.domain.suggest;

/**
 * Equal risk contribution: weights whose contributions w_i (Σw)_i are all equal.
 *
 * <p>Without binding bounds this is Spinu's convex problem min ½xᵀΣx - Σ b_i ln x_i with b_i = 1/n (F. Spinu,
 * "An algorithm for computing risk parity weights", 2013), solved by Newton's method; at its minimum
 * x_i (Σx)_i = b_i, so w = x / Σx has exactly equal contributions.
 *
 * <p>When that w breaks a floor or a cap, the bounded problem of Richard &amp; Roncalli ("Constrained risk
 * budgeting portfolios", 2019) is solved instead ({@link BoundedRiskParity}): x(λ) = argmin ½xᵀΣx - λ Σ b_i ln x_i over floor ≤ x ≤ cap
 * (by cyclical coordinate descent), with λ found by bisection so that Σx(λ) = 1. No renormalisation is
 * needed, so the bounds hold exactly. The assets strictly inside their bounds then have equal contributions;
 * an asset held at its cap contributes less than they do, one held at its floor more: the contributions
 * are no longer all equal, and the suggestion says which assets are held at a bound.
 */
final class RiskParity {

    private static final int MAX_NEWTON_STEPS = 200;

    private RiskParity() {
    }

    static double[] solve(CovarianceEstimate covariance, AllocationBounds bounds) {
        for (int i = 0; i < covariance.size(); i++) {
            if (!(covariance.get(i, i) > 0)) {
                throw new SuggestionRefusedException("risk parity needs every asset to carry risk: "
                        + covariance.names().get(i) + " has no variance over the window (constant prices)");
            }
        }
        double[] forced = bounds.forced();
        if (forced != null) {
            return forced;
        }
        double[][] sigma = Solvers.normalised(covariance.raw());
        double[] x = spinu(sigma);
        double total = AllocationBounds.sum(x);
        double[] w = new double[x.length];
        boolean inside = true;
        for (int i = 0; i < x.length; i++) {
            w[i] = x[i] / total;
            inside &= w[i] >= bounds.floor(i) && w[i] <= bounds.cap(i);
        }
        if (inside) {
            return bounds.repair(w);
        }
        // without bounds x(λ) = √λ·x(1): λ = 1 / (Σx)² is where the bounded search starts
        return bounds.repair(BoundedRiskParity.solve(sigma, bounds, w, 1 / (total * total)));
    }

    /** Newton's method on ½xᵀΣx - Σ (1/n) ln x, started at x_i ∝ 1/σ_i, with a backtracking line search. */
    static double[] spinu(double[][] sigma) {
        int n = sigma.length;
        double b = 1.0 / n;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 / Math.sqrt(sigma[i][i]);
        }
        double scale = 1 / Math.sqrt(quadratic(sigma, x));
        for (int i = 0; i < n; i++) {
            x[i] *= scale;
        }
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] sx = SymmetricSystem.times(sigma, x);
            double[] g = new double[n];
            double[][] h = new double[n][];
            for (int i = 0; i < n; i++) {
                g[i] = sx[i] - b / x[i];
                h[i] = sigma[i].clone();
                h[i][i] += b / (x[i] * x[i]);
            }
            double[] d = SymmetricSystem.solve(h, g);
            double decrement = 0;
            for (int i = 0; i < n; i++) {
                decrement += g[i] * d[i];
            }
            if (decrement < 1e-28) {
                break;
            }
            x = lineSearch(sigma, x, d, decrement, b);
        }
        return x;
    }

    private static double[] lineSearch(double[][] sigma, double[] x, double[] d, double decrement, double b) {
        double f = objective(sigma, x, b);
        double t = 1;
        for (int halving = 0; halving < 60; halving++, t /= 2) {
            double[] next = new double[x.length];
            boolean positive = true;
            for (int i = 0; i < x.length; i++) {
                next[i] = x[i] - t * d[i];
                positive &= next[i] > 0;
            }
            if (positive && objective(sigma, next, b) <= f - 0.25 * t * decrement) {
                return next;
            }
        }
        return x;
    }

    private static double objective(double[][] sigma, double[] x, double b) {
        double logs = 0;
        for (double v : x) {
            logs += Math.log(v);
        }
        return 0.5 * quadratic(sigma, x) - b * logs;
    }

    private static double quadratic(double[][] sigma, double[] x) {
        double[] sx = SymmetricSystem.times(sigma, x);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * sx[i];
        }
        return sum;
    }
}
