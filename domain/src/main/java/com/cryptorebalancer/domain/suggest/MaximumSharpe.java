package com.cryptorebalancer.domain.suggest;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The long-only weights within the bounds of highest Sharpe ratio (μ - rf)ᵀw / √(wᵀΣw), by the usual
 * homogeneous transformation into a convex quadratic programme: min yᵀΣy subject to (μ - rf)ᵀy = 1,
 * y ≥ 0 and floor_i·Σy ≤ y_i ≤ cap_i·Σy; then w = y / Σy. This needs a feasible portfolio with a positive
 * expected excess return, which is checked first (the best the bounds allow is found greedily: floors
 * first, then the rest to the highest excess returns up to their caps).
 */
final class MaximumSharpe {

    private MaximumSharpe() {
    }

    /** @param excess each asset's expected daily excess return, mean daily return - daily risk-free rate */
    static double[] solve(CovarianceEstimate covariance, double[] excess, AllocationBounds bounds) {
        int n = excess.length;
        double best = bestExcess(excess, bounds);
        if (!(best > 0)) {
            throw new SuggestionRefusedException(refusal(excess, bounds, best));
        }
        double[] forced = bounds.forced();
        if (forced != null) {
            return forced;
        }
        double largest = 0;
        for (double e : excess) {
            largest = Math.max(largest, e);
        }
        double[][] sigma = Solvers.normalised(covariance.raw());
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> y = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            y.add(model.addVariable("y" + i).lower(0));
        }
        // excess returns divided by the largest: the same weights, with numbers near 1 for the solver
        Expression target = model.addExpression("excess").level(1);
        for (int i = 0; i < n; i++) {
            target.set(y.get(i), excess[i] / largest);
        }
        for (int i = 0; i < n; i++) {
            if (bounds.floor(i) > 0) {
                homogeneous(model.addExpression("floor" + i).lower(0), y, i, bounds.floor(i));
            }
            if (bounds.cap(i) < 1) {
                homogeneous(model.addExpression("cap" + i).upper(0), y, i, bounds.cap(i));
            }
        }
        Expression risk = model.addExpression("variance").weight(1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (sigma[i][j] != 0) {
                    risk.set(y.get(i), y.get(j), sigma[i][j]);
                }
            }
        }
        double[] solution = Solvers.values(model.minimise(), n, "maximum Sharpe");
        double total = AllocationBounds.sum(solution);
        for (int i = 0; i < n; i++) {
            solution[i] /= total;
        }
        return bounds.repair(solution);
    }

    /** y_i - share·Σ_j y_j, the bound share ≤ y_i / Σy made linear. */
    private static void homogeneous(Expression expression, List<Variable> y, int asset, double share) {
        for (int j = 0; j < y.size(); j++) {
            expression.set(y.get(j), (j == asset ? 1 : 0) - share);
        }
    }

    /** The highest expected daily excess return of a portfolio within the bounds. */
    static double bestExcess(double[] excess, AllocationBounds bounds) {
        int n = excess.length;
        double left = 1;
        double best = 0;
        for (int i = 0; i < n; i++) {
            best += bounds.floor(i) * excess[i];
            left -= bounds.floor(i);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(excess[b], excess[a]));
        for (int i : order) {
            double more = Math.max(0, Math.min(left, bounds.cap(i) - bounds.floor(i)));
            best += more * excess[i];
            left -= more;
        }
        return best;
    }

    private static String refusal(double[] excess, AllocationBounds bounds, double best) {
        int top = 0;
        for (int i = 1; i < excess.length; i++) {
            top = excess[i] > excess[top] ? i : top;
        }
        String annual = AllocationBounds.percent(excess[top] * CovarianceEstimate.PERIODS_PER_YEAR);
        if (!(excess[top] > 0)) {
            return "no asset has a positive expected excess return over the window, so no Sharpe ratio is "
                    + "positive: the best is " + bounds.names().get(top) + " at " + annual
                    + " a year (365 × its mean daily return, less the risk-free rate)";
        }
        return "the floors and caps leave no portfolio with a positive expected excess return: the best they allow is "
                + AllocationBounds.percent(best * CovarianceEstimate.PERIODS_PER_YEAR) + " a year";
    }
}
