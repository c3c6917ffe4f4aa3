package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.application.port.out.PriceSourceException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Pure functions from CoinGecko's raw answers to domain values; no I/O, no clock. */
final class CoinGeckoAdapters {

    private CoinGeckoAdapters() {
    }

    /**
     * A coin's live price, or empty when CoinGecko has no positive USD price for it (a price of zero or less is
     * missing data, never a price).
     *
     * @param answeredAt when the answer came: the price's time when CoinGecko gives no {@code last_updated_at}
     */
    static Optional<Price> adaptPrice(Asset coin, CoinGeckoSimplePrice raw, PriceSource source, Instant answeredAt) {
        if (raw == null || raw.usd() == null || raw.usd().signum() <= 0) {
            return Optional.empty();
        }
        Instant asOf = raw.lastUpdatedAt() == null ? answeredAt : Instant.ofEpochSecond(raw.lastUpdatedAt());
        return Optional.of(new Price(coin, raw.usd(), source, asOf));
    }

    /**
     * The candidate with the largest market cap: when several coins share a ticker, the one a holder means is
     * almost always the biggest (Ether, not a bridged copy). A candidate with no market cap (null or 0) never
     * wins; empty when none has one, since guessing would put a wrong price where a missing one is honest.
     * Equal caps go to the smaller id, so the choice does not depend on answer order.
     */
    static Optional<String> adaptLargestMarketCap(Collection<String> candidates, List<CoinGeckoMarket> markets) {
        return markets.stream()
                .filter(market -> candidates.contains(market.id()))
                .filter(market -> market.marketCap() != null && market.marketCap().signum() > 0)
                .max(Comparator.comparing(CoinGeckoMarket::marketCap)
                        .thenComparing(CoinGeckoMarket::id, Comparator.reverseOrder()))
                .map(CoinGeckoMarket::id);
    }

    /**
     * One close per UTC day from {@code first} to {@code last}, in day order, from CoinGecko's price points.
     *
     * <p>The day rule: a point is the price at its instant, so the close of day D is the last point in the
     * half-open interval (D 00:00 UTC, D+1 00:00 UTC]. A point stamped exactly 00:00 UTC therefore closes the
     * day before. That is how CoinGecko's daily series reads: over ranges above 90 days it answers one point
     * per day at 00:00 UTC, and "the last completed UTC day (00:00) is available 35 minutes after midnight"
     * (https://docs.coingecko.com/reference/coins-id-market-chart-range), i.e. the midnight point appears once
     * the day before it has ended. It is also the convention of daily OHLC files (Yahoo, exchanges): the close
     * of 2024-03-01 is the last price before 2024-03-02 00:00 UTC, which CoinGecko stamps 2024-03-02 00:00.
     * Hourly points (ranges of 90 days or less) fall inside their day and the latest one wins the same way.
     *
     * <p>Points without a price, or with a price of zero or less, are skipped; a day without any is absent.
     *
     * @throws PriceSourceException when a point is not {@code [milliseconds, price]}
     */
    static List<DailyClose> adaptDailyCloses(Asset coin, List<List<BigDecimal>> points, LocalDate first,
                                             LocalDate last, PriceSource source) {
        Map<LocalDate, List<BigDecimal>> latestByDay = new TreeMap<>();
        for (List<BigDecimal> point : points) {
            if (point == null || point.size() < 2 || point.get(0) == null) {
                throw new PriceSourceException(source.name(), "answered a price point of " + coin
                        + " that is not [time, price]: " + point);
            }
            BigDecimal price = point.get(1);
            LocalDate day = closeDay(Instant.ofEpochMilli(point.get(0).longValue()));
            if (price == null || price.signum() <= 0 || day.isBefore(first) || day.isAfter(last)) {
                continue;
            }
            latestByDay.merge(day, point, (kept, next) -> next.get(0).compareTo(kept.get(0)) >= 0 ? next : kept);
        }
        List<DailyClose> closes = new ArrayList<>(latestByDay.size());
        latestByDay.forEach((day, point) -> closes.add(new DailyClose(coin, day, point.get(1), source)));
        return closes;
    }

    /** The UTC day a price at this instant can close: midnight itself belongs to the day that ends there. */
    static LocalDate closeDay(Instant at) {
        return LocalDate.ofInstant(at.minusNanos(1), ZoneOffset.UTC);
    }
}
