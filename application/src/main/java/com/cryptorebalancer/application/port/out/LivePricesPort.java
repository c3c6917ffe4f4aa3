package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Set;

/** A live market-data source of current USD prices: CoinGecko, Binance or Kraken. */
public interface LivePricesPort {

    /** The source's name as every price it gives says it ({@code coingecko}, {@code binance}, {@code kraken}). */
    String source();

    /**
     * The current prices of as many of the coins as the source quotes, in as few requests as it allows.
     *
     * @return the prices (each with this source and the time the source gives for it, or the time of the
     *         answer when it gives none) and the coins it does not quote
     * @throws PriceSourceException when the source fails as a whole: unreachable, timed out, refusing,
     *                              answering what is not its format, or its circuit breaker open
     */
    LivePrices currentPrices(Set<Asset> coins);

    /** How the source has been answering lately. */
    SourceHealth health();
}
