package com.cryptorebalancer.application.port.out;

/**
 * Reads holdings from a source whose format it detects (CoinTracking exports, the generic CSV or JSON
 * format). Throws {@link InvalidHoldingsFileException} for a source it cannot import as asked.
 */
@FunctionalInterface
public interface LoadHoldingsPort {

    ImportedHoldings load(HoldingsSource source, ImportOptions options);
}
