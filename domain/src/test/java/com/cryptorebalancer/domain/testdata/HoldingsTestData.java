package com.cryptorebalancer.domain.testdata;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds holdings for tests: {@code aPortfolio().with("BTC", "0.5", "30000").at("Ledger Wallets").with(...)}.
 * Values are the source's own valuation (local pricing); {@link #unpriced} adds a holding with no value.
 */
public final class HoldingsTestData {

    public static final Instant AS_OF = Instant.parse("2025-08-26T00:00:00Z");

    private final List<Holding> holdings = new ArrayList<>();
    private final LocationRules rules = LocationRules.defaults();
    private String location = "Binance";

    private HoldingsTestData() {
    }

    public static HoldingsTestData aPortfolio() {
        return new HoldingsTestData();
    }

    /** Holdings added next are at this location (default "Binance"). */
    public HoldingsTestData at(String locationName) {
        this.location = locationName;
        return this;
    }

    /** Adds {@code amount} of {@code symbol} worth {@code valueUsd} at the current location. */
    public HoldingsTestData with(String symbol, String amount, String valueUsd) {
        holdings.add(holding(symbol, null, location, amount, valueUsd));
        return this;
    }

    /** Adds a holding whose source printed the coin's full name as well. */
    public HoldingsTestData withNamed(String symbol, String name, String amount, String valueUsd) {
        holdings.add(holding(symbol, name, location, amount, valueUsd));
        return this;
    }

    /** Adds a holding with no value: its worth is unknown. */
    public HoldingsTestData unpriced(String symbol, String amount) {
        Asset asset = Asset.of(symbol);
        holdings.add(Holding.unpriced(asset, null, rules.locate(location), new Quantity(new BigDecimal(amount), asset)));
        return this;
    }

    public List<Holding> build() {
        return List.copyOf(holdings);
    }

    public Portfolio classified() {
        return Portfolio.classify(build(), Taxonomy.defaults());
    }

    public Portfolio classified(Taxonomy taxonomy) {
        return Portfolio.classify(build(), taxonomy);
    }

    public static Holding holding(String symbol, String name, String locationName, String amount, String valueUsd) {
        Asset asset = Asset.of(symbol);
        return Holding.valued(asset, name, LocationRules.defaults().locate(locationName),
                new Quantity(new BigDecimal(amount), asset), UsdAmount.of(valueUsd), PriceSource.LOCAL, AS_OF);
    }
}
