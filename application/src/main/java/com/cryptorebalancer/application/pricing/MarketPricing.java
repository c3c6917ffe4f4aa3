package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the price of every coin of a valuation by the pricing mode: the export's own values, live
 * sources in their order (each coin from the first that quotes it; a failing source leaves its coins to
 * the next), or the export's values refreshed by live prices when they are too old. Then checks what it
 * chose: stale prices, stablecoins off their peg, and the export and a live source disagreeing.
 */
public final class MarketPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<LivePricesPort> sources;
    private final Clock clock;

    /** @param sources the live sources in the order they are asked (the first that quotes a coin prices it) */
    public MarketPricing(List<LivePricesPort> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /**
     * @param coins       the coins to price
     * @param local       the prices the export implies (value / amount, at its time)
     * @param stablecoins the coins of the Stablecoins group, checked against their peg
     */
    public Pricing price(Set<Asset> coins, PriceBook local, Set<Asset> stablecoins, PricingMode mode, PricingPolicy policy) {
        Instant now = clock.instant();
        List<PriceWarning> warnings = new ArrayList<>();
        Set<Asset> wantLive = new TreeSet<>();
        for (Asset coin : new TreeSet<>(coins)) {
            Optional<Price> exported = local.priceOf(coin);
            boolean live = switch (mode) {
                case LOCAL -> false;
                case AUTO -> true;
                case HYBRID -> exported.isEmpty() || age(exported.get(), now).compareTo(policy.hybridMaxAge()) > 0;
            };
            if (live) {
                wantLive.add(coin);
            }
        }
        Map<Asset, PriceQuote> liveQuotes = live(wantLive, warnings);
        crossCheck(liveQuotes, policy, warnings);

        Map<Asset, PriceQuote> quotes = new LinkedHashMap<>();
        Set<Asset> unpriced = new TreeSet<>();
        List<Asset> fellBackToExport = new ArrayList<>();
        for (Asset coin : new TreeSet<>(coins)) {
            Optional<Price> exported = local.priceOf(coin);
            PriceQuote quote = liveQuotes.get(coin);
            if (quote == null && exported.isPresent()) {
                quote = new PriceQuote(exported.get(), false);
                if (wantLive.contains(coin)) {
                    fellBackToExport.add(coin);
                }
            }
            if (quote == null) {
                unpriced.add(coin);
                continue;
            }
            boolean old = age(quote.price(), now).compareTo(policy.staleAfter()) > 0;
            quote = new PriceQuote(quote.price(), quote.stale() || old);
            quotes.put(coin, quote);
            if (stablecoins.contains(coin)) {
                pegCheck(quote.price(), policy).ifPresent(warnings::add);
            }
            if (exported.isPresent() && quote.price() != exported.get()) {
                disagreement(exported.get(), quote.price(), policy).ifPresent(warnings::add);
            }
        }
        if (!fellBackToExport.isEmpty()) {
            warnings.add(new PriceWarning("no_live_price", null, fellBackToExport.size() + " coin(s) got no live price and"
                    + " keep the export's value: " + names(fellBackToExport)));
        }
        staleSummary(quotes, now, policy).ifPresent(warnings::add);
        return new Pricing(mode, quotes, unpriced, warnings);
    }

    /** Asks the sources in turn, each for the coins still without a price. */
    private Map<Asset, PriceQuote> live(Set<Asset> wanted, List<PriceWarning> warnings) {
        Map<Asset, PriceQuote> quotes = new LinkedHashMap<>();
        Set<Asset> remaining = new LinkedHashSet<>(wanted);
        if (sources.isEmpty() && !wanted.isEmpty()) {
            warnings.add(new PriceWarning("source_failed", null, "no live price source is configured; "
                    + wanted.size() + " coin(s) wanted a live price"));
        }
        for (LivePricesPort source : sources) {
            if (remaining.isEmpty()) {
                break;
            }
            try {
                LivePrices answer = source.currentPrices(Set.copyOf(remaining));
                answer.prices().forEach((coin, price) -> {
                    if (remaining.remove(coin)) {
                        quotes.put(coin, new PriceQuote(price, answer.stale().contains(coin)));
                    }
                });
                if (answer.failure() != null) {
                    warnings.add(new PriceWarning("source_failed", null, answer.failure() + "; " + answer.stale().size()
                            + " coin(s) keep its last price, marked stale" + (answer.stale().isEmpty() ? "" : ": "
                            + names(answer.stale())) + "; " + remaining.size() + " coin(s) were asked of the next source, if any"));
                }
            } catch (PriceSourceException e) {
                warnings.add(new PriceWarning("source_failed", null, e.getMessage() + "; its " + remaining.size()
                        + " coin(s) were asked of the next source, if any"));
            }
        }
        return quotes;
    }

    private static Optional<PriceWarning> pegCheck(Price price, PricingPolicy policy) {
        if (price.usd().compareTo(policy.pegLow()) >= 0 && price.usd().compareTo(policy.pegHigh()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PriceWarning("stablecoin_off_peg", price.asset(), price.asset() + " is priced "
                + Decimals.canonical(price.usd()).toPlainString() + " USD by " + price.source() + ", outside "
                + policy.pegLow().toPlainString() + "-" + policy.pegHigh().toPlainString() + " USD"));
    }

    private static Optional<PriceWarning> disagreement(Price exported, Price used, PricingPolicy policy) {
        return disagreement(exported, "the export", used, policy);
    }

    /** @param otherName how the message names the other price: "the export", or its source */
    private static Optional<PriceWarning> disagreement(Price other, String otherName, Price used, PricingPolicy policy) {
        BigDecimal low = other.usd().min(used.usd());
        BigDecimal gapPct = other.usd().subtract(used.usd()).abs().multiply(HUNDRED).divide(low, 2, RoundingMode.HALF_UP);
        if (gapPct.compareTo(policy.disagreementPct()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PriceWarning("sources_disagree", used.asset(), used.asset() + ": " + used.source() + " says "
                + Decimals.canonical(used.usd()).toPlainString() + " USD, " + otherName + " " + Decimals.canonical(other.usd())
                .toPlainString() + " USD (" + gapPct.toPlainString() + " % apart, more than "
                + policy.disagreementPct().toPlainString() + " %)"));
    }

    /**
     * A second opinion on live prices: the coins the first source priced are asked of the second source (one
     * more request, cached like any other), and a gap wider than the policy allows is warned about. Coins a
     * later source priced are not checked, so a rate-limited first source is never asked for more. Best effort:
     * a second source that fails or does not know a coin leaves it unchecked (its failure shows in that
     * source's health), never unpriced.
     */
    private void crossCheck(Map<Asset, PriceQuote> liveQuotes, PricingPolicy policy, List<PriceWarning> warnings) {
        if (sources.size() < 2 || liveQuotes.isEmpty()) {
            return;
        }
        String first = sources.get(0).source();
        Set<Asset> coins = new TreeSet<>();
        liveQuotes.forEach((coin, quote) -> {
            if (!quote.stale() && quote.price().source().name().equals(first)) {
                coins.add(coin);
            }
        });
        if (coins.isEmpty()) {
            return;
        }
        LivePrices answer;
        try {
            answer = sources.get(1).currentPrices(Set.copyOf(coins));
        } catch (PriceSourceException e) {
            return;
        }
        for (Asset coin : coins) {
            Price other = answer.prices().get(coin);
            if (other != null && !answer.stale().contains(coin)) {
                disagreement(other, other.source().name(), liveQuotes.get(coin).price(), policy).ifPresent(warnings::add);
            }
        }
    }

    private static Optional<PriceWarning> staleSummary(Map<Asset, PriceQuote> quotes, Instant now, PricingPolicy policy) {
        List<PriceQuote> stale = quotes.values().stream().filter(PriceQuote::stale).toList();
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        Price oldest = stale.stream().map(PriceQuote::price).min(Comparator.comparing(Price::asOf)).orElseThrow();
        return Optional.of(new PriceWarning("stale_price", null, stale.size() + " of " + quotes.size()
                + " prices are stale (older than " + words(policy.staleAfter()) + ", or kept after their source failed);"
                + " the oldest: " + oldest.asset() + " from " + oldest.source() + " at " + oldest.asOf()));
    }

    private static Duration age(Price price, Instant now) {
        return Duration.between(price.asOf(), now);
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }

    private static String names(java.util.Collection<Asset> coins) {
        List<String> sorted = coins.stream().map(Asset::toString).sorted().toList();
        return sorted.size() <= 10 ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, 10)) + " and " + (sorted.size() - 10) + " more";
    }
}
