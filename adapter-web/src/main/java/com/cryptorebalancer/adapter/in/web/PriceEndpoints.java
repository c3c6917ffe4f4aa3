package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.domain.money.Asset;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Live prices now, the sources they come from and how those have answered, and the daily history stored. */
final class PriceEndpoints {

    /** More coins than any portfolio holds: a longer list is a mistake or an attempt to make the sources work for nothing. */
    static final int MAX_SYMBOLS = 500;
    private static final String SYMBOLS = "symbols";

    /** One coin's stored daily history, as {@code GET /api/v1/prices/history} lists it. */
    record StoredHistoryJson(String symbol, LocalDate first, LocalDate last, int days) {

        static StoredHistoryJson of(StoredHistory stored) {
            return new StoredHistoryJson(stored.asset().symbol(), stored.first(), stored.last(), stored.days());
        }
    }

    private final Json json;
    private final MarketPricesUseCase prices;
    private final CurrentPortfolioUseCase portfolio;

    PriceEndpoints(Json json, MarketPricesUseCase prices, CurrentPortfolioUseCase portfolio) {
        this.json = json;
        this.prices = prices;
        this.portfolio = portfolio;
    }

    /** What the current holdings would have been worth each day, from the stored closes ({@code days}, default 365). */
    void worth(Context ctx) {
        String days = ctx.queryParam("days");
        int window;
        try {
            window = days == null || days.isBlank() ? 365 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("days", "days must be a whole number of days, was '" + shortened(days) + "'");
        }
        json.write(ctx, 200, prices.worth(portfolio.quantities(), window));
    }

    void now(Context ctx) {
        Set<Asset> coins = symbols(ctx.queryParams(SYMBOLS));
        json.write(ctx, 200, PricesReport.of(prices.now(coins, ctx.queryParam("source"))));
    }

    void sources(Context ctx) {
        json.write(ctx, 200, prices.sources());
    }

    void storedHistory(Context ctx) {
        json.write(ctx, 200, prices.storedHistory().stream().map(StoredHistoryJson::of).toList());
    }

    /**
     * "BTC,ETH" (or the parameter given more than once) as coins, in the order given; an empty entry ("BTC,,ETH")
     * or a symbol that is no ticker is refused rather than skipped, so that a typo is said.
     */
    static Set<Asset> symbols(List<String> values) {
        if (values.stream().allMatch(String::isBlank)) {
            throw ApiProblem.invalid(SYMBOLS, "symbols is required: the tickers to price, such as symbols=BTC,ETH");
        }
        Set<Asset> coins = new LinkedHashSet<>();
        for (String value : values) {
            for (String symbol : value.split(",", -1)) {
                if (symbol.isBlank()) {
                    throw ApiProblem.invalid(SYMBOLS, "symbols must be tickers separated by commas, such as BTC,ETH; '"
                            + shortened(value) + "' has an empty one");
                }
                try {
                    coins.add(Asset.of(symbol));
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid(SYMBOLS, "symbols: " + e.getMessage());
                }
                if (coins.size() > MAX_SYMBOLS) {
                    throw ApiProblem.invalid(SYMBOLS, "at most " + MAX_SYMBOLS + " symbols can be priced at once");
                }
            }
        }
        return coins;
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
