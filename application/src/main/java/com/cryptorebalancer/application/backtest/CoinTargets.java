package com.cryptorebalancer.application.backtest;

import com.cryptorebalancer.application.port.in.BacktestReport.CoinTarget;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a backtest's targets into a weight per coin with stored history.
 *
 * <p>A group's target is split among the current portfolio's coins of that group that have stored history,
 * in proportion to their current value. A group with a target but no such coin is refused, naming the group:
 * leaving it out and spreading its share over the other groups would backtest another allocation than the
 * one asked (30 % of stablecoins dropped would make a much riskier portfolio), so the person decides
 * (import or backfill the history, or set the group to 0).
 */
final class CoinTargets {

    private final Map<Asset, StoredHistory> coverage;
    private final List<CoinTarget> targets = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    CoinTargets(Map<Asset, StoredHistory> coverage) {
        this.coverage = coverage;
    }

    List<CoinTarget> targets() {
        return targets;
    }

    List<String> warnings() {
        return warnings;
    }

    CoinTargets byCoin(Map<String, BigDecimal> percents) {
        Map<Asset, BigDecimal> byCoin = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : percents.entrySet()) {
            Asset coin = coin(entry.getKey());
            BigDecimal percent = percent(coin.symbol(), entry.getValue());
            if (byCoin.put(coin, percent) != null) {
                throw new InvalidCommandException("targets", "target of " + coin + " is given twice");
            }
            sum = sum.add(percent);
        }
        if (sum.subtract(Decimals.HUNDRED).abs().compareTo(TargetAllocation.SUM_TOLERANCE) > 0) {
            throw new InvalidCommandException("targets", "targets must add up to 100 % (within 0.01), they add up to "
                    + sum.stripTrailingZeros().toPlainString() + " %");
        }
        for (Map.Entry<Asset, BigDecimal> entry : byCoin.entrySet()) {
            if (entry.getValue().signum() > 0) {
                StoredHistory history = history(entry.getKey());
                add(entry.getKey(), null, entry.getValue().divide(sum, Decimals.MC), history);
            }
        }
        return this;
    }

    CoinTargets byGroup(Map<String, BigDecimal> percents, Taxonomy taxonomy, PortfolioOverview overview) {
        TargetAllocation allocation;
        try {
            allocation = TargetAllocation.of(percents, taxonomy);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("targets", e.getMessage(), e);
        }
        for (PortfolioOverview.GroupTotal group : overview.groups()) {
            BigDecimal weight = allocation.weight(group.group()).fraction();
            if (weight.signum() > 0) {
                split(group, weight);
            }
        }
        return this;
    }

    /** The group's weight over its held coins with history, in proportion to their value now. */
    private void split(PortfolioOverview.GroupTotal group, BigDecimal weight) {
        List<PortfolioOverview.CoinTotal> withHistory = new ArrayList<>();
        List<String> without = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (PortfolioOverview.CoinTotal coin : group.coins()) {
            if (coverage.containsKey(coin.coin())) {
                withHistory.add(coin);
                value = value.add(coin.value().value());
            } else {
                without.add(coin.coin().symbol());
            }
        }
        Group name = group.group();
        if (withHistory.isEmpty() || value.signum() <= 0) {
            throw new InvalidCommandException("targets", "group " + name + " has a target but no coin with stored daily"
                    + " history" + (without.isEmpty() ? " (the portfolio holds none of it)" : " (held: "
                    + String.join(", ", without) + ")") + ": import or backfill their history, or set " + name + " to 0");
        }
        if (!without.isEmpty()) {
            warnings.add(name + ": " + String.join(", ", without) + " without stored history; the group's target"
                    + " is split among " + String.join(", ", withHistory.stream().map(c -> c.coin().symbol()).toList()));
        }
        for (PortfolioOverview.CoinTotal coin : withHistory) {
            add(coin.coin(), name, weight.multiply(coin.value().value()).divide(value, Decimals.MC),
                    coverage.get(coin.coin()));
        }
    }

    private void add(Asset coin, Group group, BigDecimal weight, StoredHistory history) {
        targets.add(new CoinTarget(coin, group, weight.doubleValue(), history.first(), history.last()));
    }

    private StoredHistory history(Asset coin) {
        StoredHistory history = coverage.get(coin);
        if (history == null) {
            throw new InvalidCommandException("targets", "no stored daily history for " + coin
                    + ": import or backfill it first");
        }
        return history;
    }

    private static Asset coin(String symbol) {
        try {
            return Asset.of(symbol);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCommandException("targets", e.getMessage(), e);
        }
    }

    private static BigDecimal percent(String coin, BigDecimal percent) {
        if (percent == null) {
            throw new InvalidCommandException("targets", "target of " + coin + " must not be null");
        }
        // compared before any arithmetic: 1e999999999 must be refused, not added
        if (percent.signum() < 0 || percent.compareTo(Decimals.HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > TargetAllocation.MAX_DECIMALS) {
            throw new InvalidCommandException("targets", "target of " + coin + " must be 0 to 100 % with at most "
                    + TargetAllocation.MAX_DECIMALS + " decimals, was " + percent);
        }
        return percent;
    }
}
