package com.cryptorebalancer.domain.risk;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How concentrated the portfolio's value is across its coins: the Herfindahl index Σ w_i² (1 for a single
 * coin, 1/N for N equal ones) and the shares of the largest holding and of the five largest. Computed on
 * every coin of the portfolio, with or without price history: concentration needs values only.
 *
 * @param holdings how many coins
 */
public record Concentration(int holdings, Figure herfindahl, Figure top1, Figure top5) {

    public static Concentration of(List<RiskHolding> holdings) {
        if (holdings.isEmpty()) {
            Figure none = Figure.undefined("the portfolio holds no coin worth counting");
            return new Concentration(0, none, none, none);
        }
        BigDecimal total = holdings.stream().map(h -> h.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        double[] weights = holdings.stream().mapToDouble(h -> h.value().value().doubleValue() / total.doubleValue())
                .sorted().toArray();
        double herfindahl = 0;
        for (double w : weights) {
            herfindahl += w * w;
        }
        int n = weights.length;
        double top5 = Arrays.stream(weights, Math.max(0, n - 5), n).sum();
        return new Concentration(n, Figure.of(herfindahl), Figure.of(weights[n - 1]), Figure.of(top5));
    }
}
