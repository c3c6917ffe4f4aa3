package com.cryptorebalancer.application.backtest;

import com.cryptorebalancer.application.port.in.BacktestCommand;
import com.cryptorebalancer.application.port.in.BacktestReport;
import com.cryptorebalancer.application.port.in.BacktestReport.CoinTarget;
import com.cryptorebalancer.application.port.in.BacktestUseCase;
import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.backtest.BacktestComparison;
import com.cryptorebalancer.domain.backtest.BacktestSetup;
import com.cryptorebalancer.domain.backtest.Costs;
import com.cryptorebalancer.domain.backtest.Strategy;
import com.cryptorebalancer.domain.backtest.TargetWeights;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs backtests on the stored daily closes: targets by group are split over the current portfolio's coins
 * ({@link CoinTargets}), the window defaults to the longest one every needed coin has stored, and the closes
 * are inner-joined on common days (a day one coin lacks is left out for all, and said).
 */
public final class BacktestService implements BacktestUseCase {

    private final CurrentPortfolioUseCase current;
    private final PriceHistoryStore store;

    public BacktestService(CurrentPortfolioUseCase current, PriceHistoryStore store) {
        this.current = current;
        this.store = store;
    }

    @Override
    public BacktestReport backtest(BacktestCommand command) {
        List<Strategy> strategies = strategies(command.strategies());
        Map<Asset, StoredHistory> coverage = new LinkedHashMap<>();
        store.coverage().forEach(history -> coverage.put(history.asset(), history));
        CoinTargets resolved = new CoinTargets(coverage);
        if (command.groupTargets().isEmpty()) {
            resolved.byCoin(command.coinTargets());
        } else {
            CurrentPortfolio portfolio = current.current(null);
            resolved.byGroup(command.groupTargets(), portfolio.portfolio().taxonomy(), portfolio.view().overview());
        }
        List<CoinTarget> targets = resolved.targets();
        List<String> warnings = new ArrayList<>(resolved.warnings());
        AlignedCloses closes = closes(targets, command.from(), command.to(), warnings);
        Map<Asset, Double> weights = new LinkedHashMap<>();
        targets.forEach(target -> weights.merge(target.coin(), target.weight(), Double::sum));
        BacktestSetup setup = new BacktestSetup(closes, new TargetWeights(weights), new Costs(command.feeBps().doubleValue(),
                command.spreadBps().doubleValue(), command.minTradeUsd().doubleValue()),
                command.startingCapitalUsd().doubleValue());
        BacktestComparison comparison = BacktestComparison.run(setup, strategies);
        return new BacktestReport(closes.days().get(0), closes.days().get(closes.dayCount() - 1), targets, comparison,
                warnings);
    }

    private static List<Strategy> strategies(List<String> codes) {
        List<Strategy> strategies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            Strategy strategy;
            try {
                strategy = Strategy.parse(code);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidCommandException("strategies", e.getMessage(), e);
            }
            if (!seen.add(strategy.code())) {
                throw new InvalidCommandException("strategies", "strategy " + strategy.code() + " is given twice");
            }
            strategies.add(strategy);
        }
        return strategies;
    }

    /** The needed coins' stored closes on their common days between from and to (defaults: the common span). */
    private AlignedCloses closes(List<CoinTarget> targets, LocalDate askedFrom, LocalDate askedTo, List<String> warnings) {
        LocalDate from = askedFrom != null ? askedFrom
                : targets.stream().map(CoinTarget::historyFrom).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = askedTo != null ? askedTo
                : targets.stream().map(CoinTarget::historyTo).min(Comparator.naturalOrder()).orElseThrow();
        if (from.isAfter(to)) {
            throw new InvalidCommandException(askedFrom == null && askedTo == null ? "targets" : "from",
                    "the coins have no stored days in common from " + from + " to " + to + ": " + spans(targets));
        }
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        for (CoinTarget target : targets) {
            history.computeIfAbsent(target.coin(), coin -> store.closes(coin, from, to));
        }
        AlignedCloses closes = AlignedCloses.innerJoin(history, from, to);
        if (closes.dayCount() < 2) {
            throw new InvalidCommandException("from", "a backtest needs at least 2 days on which every coin has a close;"
                    + " from " + from + " to " + to + " there " + (closes.dayCount() == 1 ? "is 1" : "are "
                    + closes.dayCount()) + ": " + spans(targets));
        }
        LocalDate first = closes.days().get(0);
        LocalDate last = closes.days().get(closes.dayCount() - 1);
        long calendarDays = ChronoUnit.DAYS.between(first, last) + 1;
        if (calendarDays > closes.dayCount()) {
            warnings.add((calendarDays - closes.dayCount()) + " of the " + calendarDays + " days from " + first + " to "
                    + last + " lack a close of at least one coin and are left out (no filling)");
        }
        if (askedFrom != null && first.isAfter(askedFrom) || askedTo != null && last.isBefore(askedTo)) {
            warnings.add("the window asked (" + (askedFrom == null ? "start" : askedFrom) + " to "
                    + (askedTo == null ? "end" : askedTo) + ") is wider than the common closes: it runs from " + first
                    + " to " + last);
        }
        return closes;
    }

    private static String spans(List<CoinTarget> targets) {
        return targets.stream().map(t -> t.coin() + " " + t.historyFrom() + ".." + t.historyTo()).distinct()
                .collect(Collectors.joining(", "));
    }
}
