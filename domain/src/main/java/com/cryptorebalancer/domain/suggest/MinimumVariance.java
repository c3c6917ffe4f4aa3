package com.cryptorebalancer.domain.suggest;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The long-only, fully invested weights of least variance within the bounds: min wᵀΣw subject to
 * Σw = 1 and floor ≤ w ≤ cap, a convex quadratic programme solved by ojAlgo's convex solver.
 *
 * <p>Σ is divided by its average variance first (the weights do not change, the solver's tolerances
 * then fit). With a singular Σ (two identical series) the least variance is reached by many weights;
 * the solver returns one of them.
 */
final class MinimumVariance {

    private MinimumVariance() {
    }

    static double[] solve(CovarianceEstimate covariance, AllocationBounds bounds) {
        double[] forced = bounds.forced();
        if (forced != null) {
            return forced;
        }
        int n = covariance.size();
        double[][] sigma = Solvers.normalised(covariance.raw());
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            w.add(model.addVariable("w" + i).lower(bounds.floor(i)).upper(bounds.cap(i)));
        }
        Expression budget = model.addExpression("budget").level(1);
        for (Variable v : w) {
            budget.set(v, 1);
        }
        Expression risk = model.addExpression("variance").weight(1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (sigma[i][j] != 0) {
                    risk.set(w.get(i), w.get(j), sigma[i][j]);
                }
            }
        }
        Optimisation.Result result = model.minimise();
        return bounds.repair(Solvers.values(result, n, "minimum variance"));
    }
}
