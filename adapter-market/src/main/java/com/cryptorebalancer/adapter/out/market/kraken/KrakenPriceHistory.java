package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.adapter.out.market.http.ClosedDays;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Daily USD closes from Kraken's daily OHLC, in one request: Kraken answers at most the 720 most recent days
 * whatever {@code since} asks, so no second request could reach further back. Days before those are absent
 * (another source, or the history files, has them). Only finished UTC days are given.
 */
public final class KrakenPriceHistory implements PriceHistoryPort {

    private final KrakenClient client;
    private final KrakenUsdMarkets usdMarkets;
    private final Clock clock;

    KrakenPriceHistory(KrakenClient client, KrakenUsdMarkets usdMarkets, Clock clock) {
        this.client = client;
        this.usdMarkets = usdMarkets;
        this.clock = clock;
    }

    @Override
    public String source() {
        return client.source();
    }

    @Override
    public List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last) {
        LocalDate end = ClosedDays.lastClosed(coin, first, last, clock);
        if (first.isAfter(end)) {
            return List.of();
        }
        KrakenMarket market = usdMarkets.of(coin).orElseThrow(() -> new UnknownCoinException(source(), coin,
                "no " + KrakenAdapters.krakenName(coin) + "/USD market"));
        KrakenOhlc ohlc;
        try {
            // a second before the first day, so that its candle is in whether Kraken reads since as > or >=
            ohlc = client.dailyOhlc(market.altname(), first.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
        } catch (KrakenErrors.UnknownPairException e) {
            usdMarkets.forget();
            throw new UnknownCoinException(source(), coin, KrakenErrors.UNKNOWN_PAIR + " for " + e.pairs());
        }
        return KrakenAdapters.adaptCloses(market, ohlc, first, end, new PriceSource(source()));
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }
}
