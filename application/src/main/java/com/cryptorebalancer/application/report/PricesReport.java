package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.pricing.PriceQuote;
import com.cryptorebalancer.application.pricing.PriceWarning;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import java.util.List;
import java.util.Map;

/**
 * Prices as the command line and the API show them: amounts as exact strings, every price with its source,
 * its time and whether it is stale.
 */
public record PricesReport(String pricing, List<PriceLine> prices, List<String> unpriced, List<WarningLine> warnings) {

    public record PriceLine(String symbol, String usd, String source, String asOf, boolean stale) {
    }

    public record WarningLine(String code, String symbol, String message) {
    }

    public static PricesReport of(Pricing pricing) {
        List<PriceLine> lines = pricing.quotes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> line(entry.getKey(), entry.getValue()))
                .toList();
        List<String> unpriced = pricing.unpriced().stream().sorted().map(Asset::symbol).toList();
        List<WarningLine> warnings = pricing.warnings().stream().map(PricesReport::warning).toList();
        return new PricesReport(pricing.mode().code(), lines, unpriced, warnings);
    }

    private static PriceLine line(Asset coin, PriceQuote quote) {
        return new PriceLine(coin.symbol(), Decimals.canonical(quote.price().usd()).toPlainString(),
                quote.price().source().name(), quote.price().asOf().toString(), quote.stale());
    }

    private static WarningLine warning(PriceWarning warning) {
        return new WarningLine(warning.code(), warning.asset() == null ? null : warning.asset().symbol(), warning.message());
    }
}
