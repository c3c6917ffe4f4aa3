package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.adapter.out.market.http.MarketHttpException;
import com.cryptorebalancer.adapter.out.market.http.ClosedDays;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily USD closes from Binance's daily klines, in requests of at most 1,000 days (Binance's most per answer).
 *
 * <p>The market is the coin's first USD-stablecoin market Binance has ({@code BTCUSDT}, else {@code BTCUSDC},
 * else {@code BTCFDUSD}): each one Binance answers "Invalid symbol" (-1121) for costs a request that does not
 * count against the source, and a coin with none is unknown. Only finished UTC days are asked for and given.
 */
public final class BinancePriceHistory implements PriceHistoryPort {

    private final BinanceClient client;
    private final Clock clock;

    BinancePriceHistory(BinanceClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String source() {
        return client.source();
    }

    @Override
    public List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last) {
        LocalDate end = ClosedDays.lastClosed(coin, first, last, clock);
        PriceSource source = new PriceSource(source());
        List<DailyClose> closes = new ArrayList<>();
        Market market = null;
        for (LocalDate from = first; !from.isAfter(end); from = from.plusDays(BinanceClient.MAX_KLINES)) {
            LocalDate to = min(from.plusDays(BinanceClient.MAX_KLINES - 1L), end);
            // the market is found with the first chunk and kept for the others
            if (market == null) {
                market = firstMarket(coin, from, to);
            } else {
                market = new Market(market.symbol(), klines(market.symbol(), from, to));
            }
            closes.addAll(BinanceAdapters.adaptCloses(coin, market.klines(), from, to, source));
        }
        return closes;
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }

    /** A symbol Binance has, and its candles for the first chunk. */
    private record Market(String symbol, List<BinanceKline> klines) {
    }

    private Market firstMarket(Asset coin, LocalDate from, LocalDate to) {
        for (String symbol : BinanceAdapters.usdSymbols(coin)) {
            try {
                return new Market(symbol, klines(symbol, from, to));
            } catch (MarketHttpException e) {
                if (!BinanceErrors.isInvalidSymbol(e)) {
                    throw e;
                }
            }
        }
        throw new UnknownCoinException(source(), coin,
                "no market of it in " + String.join(", ", BinanceAdapters.USD_QUOTES));
    }

    private List<BinanceKline> klines(String symbol, LocalDate from, LocalDate to) {
        return client.dailyKlines(symbol, startOf(from), startOf(to.plusDays(1)).minusMillis(1));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
