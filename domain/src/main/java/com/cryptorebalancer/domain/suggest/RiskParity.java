package com.cryptorebalancer.domain.suggest;

/**
 * Equal risk contribution: weights whose contributions w_i (Σw)_i are all equal.
 *
 * <p>Without binding bounds this is Spinu's convex problem min ½xᵀΣx - Σ b_i ln x_i with b_i = 1/n (F. Spinu,
 * "An algorithm for computing risk parity weights", 2013), solved by Newton's method; at its minimum
 * x_i (Σx)_i = b_i, so w = x / Σx has exactly equal contributions.
 *
 * <p>When that w breaks a floor or a cap, the bounded problem of Richard &amp; Roncalli ("Constrained risk
 * budgeting portfolios", 2019) is solved instead: x(λ) = argmin ½xᵀΣx - λ Σ b_i ln x_i over floor ≤ x ≤ cap
 * (by cyclical coordinate descent), with λ found by bisection so that Σx(λ) = 1. No renormalisation is
 * needed, so the bounds hold exactly. The assets strictly inside their bounds then have equal contributions;
 * an asset held at its cap contributes less than they do, one held at its floor more: the contributions
 * are no longer all equal, and the suggestion says which assets are held at a bound.
 */
final class RiskParity {

    private static final int MAX_NEWTON_STEPS = 200;
    private static final int MAX_SWEEPS = 20_000;
    private static final int MAX_BISECTIONS = 200;
    private static final int BRACKETING_STEPS = 100;

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
        return bounds.repair(bounded(sigma, bounds, w, 1 / (total * total)));
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

    /** Bisection on log λ until the bounded minimiser x(λ) adds up to 1, started near the unbounded answer. */
    private static double[] bounded(double[][] sigma, AllocationBounds bounds, double[] start, double lambda) {
        double[] lo = bounds.floors();
        double[] hi = bounds.caps();
        double[] x = bounds.repair(start);
        double low = lambda;
        double high = lambda;
        double sum = AllocationBounds.sum(descend(sigma, lo, hi, lambda, x));
        // Σx(λ) grows with λ, from the least-variance point of the box towards the caps (which add up to more than 1)
        if (sum < 1) {
            for (int i = 0; sum < 1 && i < BRACKETING_STEPS; i++) {
                low = high;
                high *= 4;
                sum = AllocationBounds.sum(descend(sigma, lo, hi, high, x));
            }
        } else {
            for (int i = 0; sum > 1 && i < BRACKETING_STEPS; i++) {
                high = low;
                low /= 4;
                sum = AllocationBounds.sum(descend(sigma, lo, hi, low, x));
            }
            if (sum > 1 + 1e-9) {
                throw new SuggestionRefusedException("risk parity has no solution within these floors: even the "
                        + "least risky weights above them add up to " + AllocationBounds.percent(sum));
            }
        }
        for (int i = 0; i < MAX_BISECTIONS && Math.abs(sum - 1) > 1e-14 && high / low > 1 + 1e-15; i++) {
            double middle = Math.sqrt(low * high);
            sum = AllocationBounds.sum(descend(sigma, lo, hi, middle, x));
            if (sum < 1) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return x;
    }

    /**
     * Cyclical coordinate descent on ½xᵀΣx - λ Σ b ln x over lo ≤ x ≤ hi, from x (overwritten): each
     * coordinate goes to the positive root of Σ_ii x² + a x - λb = 0 (a = Σ_{j≠i} Σ_ij x_j), clipped.
     */
    private static double[] descend(double[][] sigma, double[] lo, double[] hi, double lambda, double[] x) {
        int n = x.length;
        double lb = lambda / n;
        double[] sx = SymmetricSystem.times(sigma, x);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            double largest = 0;
            for (int i = 0; i < n; i++) {
                double s = sigma[i][i];
                double a = sx[i] - s * x[i];
                double root = Math.sqrt(a * a + 4 * s * lb);
                // the two forms of the same root: each avoids cancelling digits for its sign of a
                double xi = a > 0 ? 2 * lb / (a + root) : (root - a) / (2 * s);
                xi = Math.min(hi[i], Math.max(lo[i], xi));
                double d = xi - x[i];
                if (d != 0) {
                    for (int j = 0; j < n; j++) {
                        sx[j] += sigma[j][i] * d;
                    }
                    x[i] = xi;
                }
                change = Math.max(change, Math.abs(d));
                largest = Math.max(largest, xi);
            }
            if (change <= 1e-15 * largest) {
                break;
            }
        }
        return x;
    }
}
