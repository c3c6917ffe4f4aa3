package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Market data: live prices now, daily history from files and sources into the database, source health. */
public interface MarketPricesUseCase {

    /**
     * The live prices of some coins now.
     *
     * @param source one source's name, or null for all in their order (each coin from the first that quotes it)
     * @throws InvalidCommandException for a source that is not configured
     */
    Pricing now(Set<Asset> coins, String source);

    /**
     * Reads daily history files (one, or a folder's) into the database.
     *
     * @throws InvalidCommandException when the path cannot be read or a file is not of the format
     */
    HistoryImport importHistory(Path path);

    /**
     * Fetches the daily closes the database lacks for the coins over the last {@code days} UTC days
     * (yesterday the last), each coin from the first history source that has it; days stored are never
     * fetched again.
     *
     * @param progress told after each coin (for a progress bar)
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted: the backfill
     *                                                    stops there (the coins done stay stored)
     */
    Backfill backfill(Set<Asset> coins, int days, BackfillProgress progress);

    /**
     * What these quantities would have been worth on each of the last {@code days} UTC days (yesterday the
     * last), from the stored daily closes.
     *
     * @throws InvalidCommandException when days is not 1 to 3650
     */
    HoldingsWorth worth(Map<Asset, BigDecimal> quantities, int days);

    /** The configured live sources, in order, with how they have been answering. */
    List<SourceHealth> sources();

    /** What daily history the database holds, by coin. */
    List<StoredHistory> storedHistory();

    /** Told as a backfill goes. */
    @FunctionalInterface
    interface BackfillProgress {
        void coinDone(int done, int total, Backfill.CoinOutcome outcome);
    }
}
