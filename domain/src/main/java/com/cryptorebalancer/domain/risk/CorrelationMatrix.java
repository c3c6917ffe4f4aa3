package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.money.Asset;
import java.util.ArrayList;
import java.util.List;

/**
 * Pearson correlations of the coins' daily returns on their aligned days, ρ_ij = cov_ij / (σ_i σ_j).
 * A coin whose returns do not vary has no correlation with anything (its row and column are NaN, its
 * diagonal too): it is listed in {@link #withoutVariation()}.
 */
public final class CorrelationMatrix {

    private final List<Asset> assets;
    private final SampleWindow sample;
    private final double[][] rho;
    private final List<Asset> withoutVariation;

    private CorrelationMatrix(List<Asset> assets, SampleWindow sample, double[][] rho, List<Asset> withoutVariation) {
        this.assets = List.copyOf(assets);
        this.sample = sample;
        this.rho = rho;
        this.withoutVariation = List.copyOf(withoutVariation);
    }

    /** The correlations of every coin of {@code returns} with every other; all NaN below two returns. */
    public static CorrelationMatrix of(DailyReturns returns) {
        return of(returns, SampleStatistics.covarianceMatrix(returns));
    }

    /** The same from the returns' covariance matrix, already computed. */
    static CorrelationMatrix of(DailyReturns returns, double[][] cov) {
        int k = returns.assetCount();
        boolean[] varies = new boolean[k];
        List<Asset> flat = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            varies[i] = ReturnStatistics.deviationUndefined(returns.raw(i)) == null;
            if (!varies[i] && returns.count() >= 2) {
                flat.add(returns.assets().get(i));
            }
        }
        double[][] rho = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double value = Double.NaN;
                if (varies[i] && varies[j]) {
                    // clamped: rounding can put a perfect correlation a hair outside [-1, 1]
                    value = i == j ? 1 : Math.max(-1, Math.min(1, cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j])));
                }
                rho[i][j] = value;
                rho[j][i] = value;
            }
        }
        return new CorrelationMatrix(returns.assets(), SampleWindow.of(returns), rho, flat);
    }

    public List<Asset> assets() {
        return assets;
    }

    public SampleWindow sample() {
        return sample;
    }

    public int size() {
        return assets.size();
    }

    public double get(int i, int j) {
        return rho[i][j];
    }

    /** The correlation of two of the matrix's coins. */
    public double get(Asset a, Asset b) {
        return rho[indexOf(a)][indexOf(b)];
    }

    public double[] row(int i) {
        return rho[i].clone();
    }

    /** The coins whose returns do not vary over the sample, so that correlate with nothing. */
    public List<Asset> withoutVariation() {
        return withoutVariation;
    }

    private int indexOf(Asset asset) {
        int index = assets.indexOf(asset);
        if (index < 0) {
            throw new IllegalArgumentException(asset + " is not in the correlation matrix of " + assets);
        }
        return index;
    }
}
