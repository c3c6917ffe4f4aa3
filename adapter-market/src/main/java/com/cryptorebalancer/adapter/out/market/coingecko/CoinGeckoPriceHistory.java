package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.adapter.out.market.http.MarketHttpException;
import com.cryptorebalancer.adapter.out.market.http.ClosedDays;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Daily USD closes from CoinGecko's {@code market_chart/range}, fetched in windows of at most
 * {@link CoinGeckoLimits#historyDaysPerRequest()} days and turned into one close per UTC day by the rule in
 * {@link CoinGeckoAdapters#adaptDailyCloses}. Built by {@link CoinGecko#create}.
 *
 * <p>Only completed days are asked for: the close of a day that has not ended yet is not a close. On plans
 * that reach back a limited time (365 days on the keyless and Demo plans, which refuse older windows),
 * days before the reach are not asked for and are absent, as the port allows for days a source lacks.
 */
public final class CoinGeckoPriceHistory implements PriceHistoryPort {

    private static final int NOT_FOUND = 404;

    private final CoinGeckoClient client;
    private final CoinGeckoSymbols symbols;
    private final int daysPerRequest;
    private final Duration reach;
    private final Clock clock;
    private final PriceSource source;

    /** @param reach how far back the plan serves history, or null for no limit */
    CoinGeckoPriceHistory(CoinGeckoClient client, CoinGeckoSymbols symbols, CoinGeckoLimits limits, Duration reach,
                          Clock clock) {
        this.client = client;
        this.symbols = symbols;
        this.daysPerRequest = limits.historyDaysPerRequest();
        this.reach = reach;
        this.clock = clock;
        this.source = new PriceSource(client.source());
    }

    @Override
    public String source() {
        return source.name();
    }

    @Override
    public List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last) {
        LocalDate to = ClosedDays.lastClosed(coin, first, last, clock);
        String id = symbols.idsFor(Set.of(coin)).get(coin);
        if (id == null) {
            throw new UnknownCoinException(source(), coin, symbols.whyUnknown(coin));
        }
        LocalDate from = latest(first, earliestReachable());
        if (from.isAfter(to)) {
            return List.of();
        }
        List<List<BigDecimal>> points = new ArrayList<>();
        for (DayWindow window : DayWindow.split(from, to, daysPerRequest)) {
            points.addAll(fetch(coin, id, window));
        }
        return CoinGeckoAdapters.adaptDailyCloses(coin, points, from, to, source);
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }

    private List<List<BigDecimal>> fetch(Asset coin, String id, DayWindow window) {
        try {
            return client.marketChartRange(id, window.from(), window.to()).prices();
        } catch (MarketHttpException e) {
            // CoinGecko answers 404 {"error":"coin not found"} for an id it does not have (an override's typo)
            if (e.status() == NOT_FOUND) {
                throw new UnknownCoinException(source(), coin, "no coin with id " + id);
            }
            throw e;
        }
    }

    /** The first day whose window the plan still serves: its 00:00 UTC must lie within the reach. */
    private LocalDate earliestReachable() {
        return reach == null ? LocalDate.MIN
                : LocalDate.ofInstant(clock.instant().minus(reach), ZoneOffset.UTC).plusDays(1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
