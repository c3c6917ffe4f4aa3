package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binance's raw answers to domain values.
 *
 * <p>Binance has no USD markets, only markets quoted in USD stablecoins. A price in a USD stablecoin is taken as
 * a price in USD, preferring the deepest market: {@code <COIN>USDT}, else {@code <COIN>USDC}, else
 * {@code <COIN>FDUSD}. A stablecoin that drifts from its peg therefore moves every price from this source by as
 * much (USDC at 0.9998 USDT is reported as 0.9998 USD); where that matters, another source is asked. A coin is
 * never priced against itself: USDT has no USDTUSDT market and, lacking USDTUSDC and USDTFDUSD, is unknown here.
 */
final class BinanceAdapters {

    /** The stablecoins taken as USD, most liquid first. */
    static final List<String> USD_QUOTES = List.of("USDT", "USDC", "FDUSD");

    private BinanceAdapters() {
    }

    /** The symbols that would price {@code coin} in USD, in the order they are preferred. */
    static List<String> usdSymbols(Asset coin) {
        List<String> symbols = new ArrayList<>();
        for (String quote : USD_QUOTES) {
            if (!quote.equals(coin.symbol())) {
                symbols.add(coin.symbol() + quote);
            }
        }
        return symbols;
    }

    /**
     * The prices of {@code coins} among all of Binance's tickers, each at {@code answeredAt} (Binance gives no
     * time); a coin without a USD-stablecoin market, or whose price there is zero (a halted market), is unknown.
     */
    static LivePrices adaptPrices(Collection<BinanceTickerPrice> tickers, Set<Asset> coins, PriceSource source,
                                  Instant answeredAt) {
        Map<String, BigDecimal> bySymbol = new HashMap<>();
        for (BinanceTickerPrice ticker : tickers) {
            if (ticker.symbol() != null && ticker.price() != null && ticker.price().signum() > 0) {
                bySymbol.put(ticker.symbol(), ticker.price());
            }
        }
        Map<Asset, Price> prices = new HashMap<>();
        Set<Asset> unknown = new HashSet<>();
        for (Asset coin : coins) {
            usdSymbols(coin).stream().filter(bySymbol::containsKey).findFirst().ifPresentOrElse(
                    symbol -> prices.put(coin, new Price(coin, bySymbol.get(symbol), source, answeredAt)),
                    () -> unknown.add(coin));
        }
        return new LivePrices(prices, unknown);
    }

    /**
     * The closes of the UTC days {@code first} to {@code last} among {@code klines}, in day order: each candle's
     * close is that of the day it opens (the caller asks for finished days only: the candle of a day not over
     * holds the latest price), and a close of zero is no close.
     */
    static List<DailyClose> adaptCloses(Asset coin, Collection<BinanceKline> klines, LocalDate first, LocalDate last,
                                        PriceSource source) {
        List<DailyClose> closes = new ArrayList<>();
        for (BinanceKline kline : klines) {
            Instant opened = Instant.ofEpochMilli(kline.openTime());
            LocalDate day = LocalDate.ofInstant(opened, ZoneOffset.UTC);
            if (!day.isBefore(first) && !day.isAfter(last) && kline.close().signum() > 0) {
                closes.add(new DailyClose(coin, day, kline.close(), source));
            }
        }
        // Binance answers in time order; sorted anyway, so that chunks joined are in day order whatever came back
        closes.sort((a, b) -> a.day().compareTo(b.day()));
        return closes;
    }
}
