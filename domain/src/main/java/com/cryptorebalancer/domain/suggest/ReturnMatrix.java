package com.cryptorebalancer.domain.suggest;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.DailyReturns;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The assets a suggestion chooses among, by name (coins, or groups of coins such as "Memecoins"), with
 * their simple daily returns on common days, {@code returns[asset][t]}. Names are free text because a
 * group is not an {@link Asset}; they must be distinct.
 */
public final class ReturnMatrix {

    private final List<String> names;
    private final double[][] returns;

    private ReturnMatrix(List<String> names, double[][] returns) {
        this.names = List.copyOf(names);
        this.returns = returns;
    }

    public static ReturnMatrix of(List<String> names, double[][] returns) {
        Objects.requireNonNull(names, "names must not be null");
        Objects.requireNonNull(returns, "returns must not be null");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one asset");
        }
        if (returns.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + returns.length + " return series");
        }
        Set<String> seen = new HashSet<>();
        double[][] copy = new double[returns.length][];
        for (int a = 0; a < returns.length; a++) {
            String name = Objects.requireNonNull(names.get(a), "asset " + a + " needs a name");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("asset " + name + " is given twice");
            }
            if (returns[a].length != returns[0].length) {
                throw new IllegalArgumentException(name + " has " + returns[a].length + " returns, "
                        + names.get(0) + " has " + returns[0].length + ": align them on common days first");
            }
            for (double r : returns[a]) {
                if (!(r > -1.0) || Double.isInfinite(r)) {
                    throw new IllegalArgumentException("a daily return of " + name + " must be a number above -1, was " + r);
                }
            }
            copy[a] = returns[a].clone();
        }
        return new ReturnMatrix(names, copy);
    }

    /** The coins' returns, named by their symbols. */
    public static ReturnMatrix of(DailyReturns returns) {
        double[][] rows = new double[returns.assetCount()][];
        for (int a = 0; a < rows.length; a++) {
            rows[a] = returns.of(a);
        }
        return of(returns.assets().stream().map(Asset::symbol).toList(), rows);
    }

    public List<String> names() {
        return names;
    }

    public int assetCount() {
        return names.size();
    }

    /** How many returns each asset has. */
    public int observations() {
        return returns[0].length;
    }

    public double[] of(int asset) {
        return returns[asset].clone();
    }

    /** The rows without a copy, for this package's loops (never written to). */
    double[][] raw() {
        return returns;
    }

    /** The mean daily return of each asset. */
    public double[] means() {
        double[] means = new double[returns.length];
        for (int a = 0; a < returns.length; a++) {
            double sum = 0;
            for (double r : returns[a]) {
                sum += r;
            }
            means[a] = sum / returns[a].length;
        }
        return means;
    }

    @Override
    public String toString() {
        return "ReturnMatrix" + names + " x " + observations();
    }
}
