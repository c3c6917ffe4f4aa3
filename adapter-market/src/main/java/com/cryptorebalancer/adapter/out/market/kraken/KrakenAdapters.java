package com.cryptorebalancer.adapter.out.market.kraken;

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
 * Kraken's raw answers to domain values, and Kraken's names to ours. Kraken calls Bitcoin XBT and Dogecoin XDG
 * (ISO 4217 style: X for a non-national currency); other coins are taken to go by their usual ticker. Only
 * markets quoted in USD itself are used: Kraken has one for nearly every coin, so no stablecoin stands in for USD.
 */
final class KrakenAdapters {

    /** Kraken's name for a coin where it differs from the ticker everyone else uses. */
    private static final Map<String, String> KRAKEN_NAMES = Map.of("BTC", "XBT", "DOGE", "XDG");
    private static final Map<String, String> OUR_NAMES = Map.of("XBT", "BTC", "XDG", "DOGE");
    private static final String USD = "USD";

    private KrakenAdapters() {
    }

    /** Kraken's name for our coin: BTC → XBT, DOGE → XDG, others as they are. */
    static String krakenName(Asset coin) {
        return KRAKEN_NAMES.getOrDefault(coin.symbol(), coin.symbol());
    }

    /** Our coin for Kraken's name: XBT → BTC, XDG → DOGE, others as they are. */
    static Asset ourCoin(String krakenName) {
        return Asset.of(OUR_NAMES.getOrDefault(krakenName, krakenName));
    }

    /**
     * The USD markets among Kraken's pairs, by our coin. The base and quote are read from the wsname
     * ({@code XBT/USD}), which uses the short names; pairs without one (dark pools) are left out.
     */
    static Map<Asset, KrakenMarket> adaptUsdMarkets(Map<String, KrakenAssetPair> pairs) {
        Map<Asset, KrakenMarket> markets = new HashMap<>();
        pairs.forEach((key, pair) -> {
            String wsname = pair.wsname();
            int slash = wsname == null ? -1 : wsname.indexOf('/');
            if (slash > 0 && USD.equals(wsname.substring(slash + 1)) && pair.altname() != null) {
                Asset coin = ourCoin(wsname.substring(0, slash));
                markets.putIfAbsent(coin, new KrakenMarket(coin, key, pair.altname()));
            }
        });
        return markets;
    }

    /**
     * The last trade prices of {@code markets} in a Ticker answer (keyed by pair key, or by altname should Kraken
     * answer so), each at {@code answeredAt}; a market missing from the answer, or with no price above zero, is
     * unknown, as are {@code withoutMarket}.
     */
    static LivePrices adaptPrices(Map<String, KrakenTicker> tickers, Collection<KrakenMarket> markets,
                                  Set<Asset> withoutMarket, PriceSource source, Instant answeredAt) {
        Map<Asset, Price> prices = new HashMap<>();
        Set<Asset> unknown = new HashSet<>(withoutMarket);
        for (KrakenMarket market : markets) {
            KrakenTicker ticker = tickers.getOrDefault(market.key(), tickers.get(market.altname()));
            BigDecimal last = ticker == null ? null : ticker.lastPrice();
            if (last != null && last.signum() > 0) {
                prices.put(market.coin(), new Price(market.coin(), last, source, answeredAt));
            } else {
                unknown.add(market.coin());
            }
        }
        return new LivePrices(prices, unknown);
    }

    /**
     * The closes of the UTC days {@code first} to {@code last} among the candles of {@code market}, in day order:
     * the candle beginning at 00:00 UTC closes that day (the caller asks for finished days only: Kraken's last
     * candle, of today, holds the latest price), and a close of zero is no close.
     */
    static List<DailyClose> adaptCloses(KrakenMarket market, KrakenOhlc ohlc, LocalDate first, LocalDate last,
                                        PriceSource source) {
        List<KrakenOhlcEntry> entries = ohlc.series().get(market.key());
        if (entries == null && ohlc.series().size() == 1) {
            // one pair asked, one series answered: whatever Kraken keyed it by, it is that pair's
            entries = ohlc.series().values().iterator().next();
        }
        List<DailyClose> closes = new ArrayList<>();
        for (KrakenOhlcEntry entry : entries == null ? List.<KrakenOhlcEntry>of() : entries) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(entry.time()), ZoneOffset.UTC);
            if (!day.isBefore(first) && !day.isAfter(last) && entry.close().signum() > 0) {
                closes.add(new DailyClose(market.coin(), day, entry.close(), source));
            }
        }
        closes.sort((a, b) -> a.day().compareTo(b.day()));
        return closes;
    }
}
