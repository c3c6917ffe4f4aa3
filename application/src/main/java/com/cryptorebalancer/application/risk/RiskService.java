package com.cryptorebalancer.application.risk;

import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.RiskQuery;
import com.cryptorebalancer.application.port.in.RiskUseCase;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.PortfolioRisk;
import com.cryptorebalancer.domain.risk.RiskHolding;
import com.cryptorebalancer.domain.risk.RiskReport;
import com.cryptorebalancer.domain.risk.RiskWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current portfolio's risk from the stored daily closes: reads the closes of its coins (and of BTC,
 * beta's benchmark, held or not) over the window and hands them to the domain's {@link PortfolioRisk}.
 */
public final class RiskService implements RiskUseCase {

    private final CurrentPortfolioUseCase portfolio;
    private final PriceHistoryStore store;
    private final Clock clock;

    /** @param clock gives "yesterday" as the window's end when no coin of the portfolio has a stored close */
    public RiskService(CurrentPortfolioUseCase portfolio, PriceHistoryStore store, Clock clock) {
        this.portfolio = Objects.requireNonNull(portfolio, "the current portfolio use case is required");
        this.store = Objects.requireNonNull(store, "the price history store is required");
        this.clock = Objects.requireNonNull(clock, "a clock is required");
    }

    @Override
    public RiskReport risk(RiskQuery query) {
        Objects.requireNonNull(query, "a risk query is required");
        List<RiskHolding> holdings = RiskHoldings.of(portfolio.current(null));
        LocalDate end = query.end() != null ? query.end() : latestClose(holdings);
        RiskWindow window = RiskWindow.ending(end, query.windowDays());
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        for (RiskHolding holding : holdings) {
            history.put(holding.coin(), store.closes(holding.coin(), window.first(), window.last()));
        }
        history.computeIfAbsent(PortfolioRisk.BENCHMARK, btc -> store.closes(btc, window.first(), window.last()));
        return PortfolioRisk.report(holdings, history, window, query.riskFreeRate());
    }

    /** The latest day with a stored close of one of the coins; yesterday (UTC) when none has any. */
    private LocalDate latestClose(List<RiskHolding> holdings) {
        Set<Asset> coins = holdings.stream().map(RiskHolding::coin).collect(Collectors.toSet());
        return store.coverage().stream().filter(stored -> coins.contains(stored.asset())).map(StoredHistory::last)
                .max(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
    }
}
