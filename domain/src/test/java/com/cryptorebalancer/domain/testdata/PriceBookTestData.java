package com.cryptorebalancer.domain.testdata;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Price books for tests: {@code prices("BTC", "65000", "ETH", "3000")}. */
public final class PriceBookTestData {

    private PriceBookTestData() {
    }

    public static PriceBook prices(String... symbolAndUsd) {
        if (symbolAndUsd.length % 2 != 0) {
            throw new IllegalArgumentException("give symbol and price pairs");
        }
        Map<Asset, Price> prices = new TreeMap<>();
        for (int i = 0; i < symbolAndUsd.length; i += 2) {
            Asset asset = Asset.of(symbolAndUsd[i]);
            prices.put(asset, new Price(asset, new BigDecimal(symbolAndUsd[i + 1]), PriceSource.LOCAL, HoldingsTestData.AS_OF));
        }
        return PriceBook.of(prices);
    }

    public static PriceBook btcAt(String usd) {
        return prices("BTC", usd);
    }
}
