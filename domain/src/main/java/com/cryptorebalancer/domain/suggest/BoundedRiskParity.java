package com.cryptorebalancer.domain.suggest;

/**
 * Risk parity within floors and caps, after Richard &amp; Roncalli, "Constrained risk budgeting portfolios"
 * (2019): x(λ) = argmin ½xᵀΣx - λ Σ (1/n) ln x over floor ≤ x ≤ cap, with λ chosen so that Σx(λ) = 1.
 * At the answer the assets strictly inside their bounds have x_i (Σx)_i = λ/n, all equal; one held at its
 * cap contributes less, one held at its floor more (the optimality conditions of the bounded problem).
 */
final class BoundedRiskParity {

    private static final int MAX_SWEEPS = 20_000;
    private static final int MAX_BISECTIONS = 200;
    private static final int BRACKETING_STEPS = 100;

    private BoundedRiskParity() {
    }

    /** Bisection on log λ until the bounded minimiser x(λ) adds up to 1, started near the unbounded answer. */
    static double[] solve(double[][] sigma, AllocationBounds bounds, double[] start, double lambda) {
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
