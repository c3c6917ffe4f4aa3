package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.List;

/** A market-data source of daily USD closes: CoinGecko, Binance or Kraken. */
public interface PriceHistoryPort {

    /** The source's name, as on every close it gives. */
    String source();

    /**
     * The daily closes of a coin for the UTC days {@code first} to {@code last} (inclusive) that the source
     * has, in day order, fetched in as many requests as the source's window per request needs. A day the
     * source has no close for is absent, never zero.
     *
     * @throws UnknownCoinException when the source does not list the coin at all
     * @throws PriceSourceException when the source fails (as for {@link LivePricesPort#currentPrices})
     */
    List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last);

    /** How the source has been answering lately. */
    SourceHealth health();
}
