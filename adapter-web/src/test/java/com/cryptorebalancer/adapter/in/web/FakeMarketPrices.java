package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.application.pricing.PriceQuote;
import com.cryptorebalancer.application.pricing.PriceWarning;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Market data in memory: two sources (coingecko prices BTC, binance a stale ETH), history files read from the
 * folder the API wrote them to, and backfills that can be held after their first coin ({@link #hold()}).
 */
final class FakeMarketPrices implements MarketPricesUseCase {

    static final List<String> SOURCES = List.of("coingecko", "binance");
    static final LocalDate LAST = FakeUseCases.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1);

    Set<Asset> coinsPriced;
    String sourceAsked;
    Path importedFolder;
    /** The files the import found in its folder, by name, with their content. */
    final Map<String, String> importedFiles = new LinkedHashMap<>();
    Set<Asset> backfillCoins;
    int backfillDays;
    /** Thrown by the backfill, when set. */
    RuntimeException backfillFailure;
    /** Counted down when a backfill has done its first coin. */
    final CountDownLatch firstCoinDone = new CountDownLatch(1);
    private CountDownLatch release = new CountDownLatch(0);

    /** Backfills from now on wait after their first coin until {@link #release()}. */
    void hold() {
        release = new CountDownLatch(1);
    }

    void release() {
        release.countDown();
    }

    @Override
    public Pricing now(Set<Asset> coins, String source) {
        coinsPriced = coins;
        sourceAsked = source;
        if (source != null && !SOURCES.contains(source.strip())) {
            throw new InvalidCommandException("source", "no live source '" + source + "': the sources are "
                    + String.join(", ", SOURCES));
        }
        Map<Asset, PriceQuote> quotes = new LinkedHashMap<>();
        Set<Asset> unpriced = new LinkedHashSet<>();
        for (Asset coin : coins) {
            if (coin.symbol().equals("BTC")) {
                quotes.put(coin, quote(coin, "65000.120", "coingecko", false));
            } else if (coin.symbol().equals("ETH")) {
                quotes.put(coin, quote(coin, "3000.5", "binance", true));
            } else {
                unpriced.add(coin);
            }
        }
        List<PriceWarning> warnings = unpriced.isEmpty() ? List.of()
                : List.of(new PriceWarning("no_live_price", unpriced.iterator().next(), "no source quotes it"));
        return new Pricing(PricingMode.AUTO, quotes, unpriced, warnings);
    }

    private static PriceQuote quote(Asset coin, String usd, String source, boolean stale) {
        return new PriceQuote(new Price(coin, new BigDecimal(usd), new PriceSource(source), FakeUseCases.NOW), stale);
    }

    @Override
    public HistoryImport importHistory(Path path) {
        importedFolder = path;
        List<HistoryImport.FileOutcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                importedFiles.put(name, content);
                if (!content.startsWith("datetime,")) {
                    throw new InvalidCommandException("path", "the daily history file " + file + " has the header \""
                            + content.lines().findFirst().orElse("") + "\"; expected datetime,open,high,low,close,volume");
                }
                outcomes.add(outcome(name, content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HistoryImport(outcomes);
    }

    /** Each data row is a day read, but for rows whose close is "bad", which are skipped. */
    private static HistoryImport.FileOutcome outcome(String name, String content) {
        List<String> lines = content.lines().toList();
        List<RowProblem> skipped = new ArrayList<>();
        int read = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).endsWith(",bad,0")) {
                skipped.add(new RowProblem(i + 1, "close", "bad", "bad_number", "not a number"));
            } else {
                read++;
            }
        }
        return new HistoryImport.FileOutcome(name, Asset.of(name.substring(0, name.indexOf('-'))), read, read - 1, skipped);
    }

    @Override
    public Backfill backfill(Set<Asset> coins, int days, BackfillProgress progress) {
        backfillCoins = coins;
        backfillDays = days;
        List<Asset> ordered = new ArrayList<>(new TreeSet<>(coins));
        List<Backfill.CoinOutcome> outcomes = new ArrayList<>();
        for (Asset coin : ordered) {
            Backfill.CoinOutcome outcome = coin.symbol().equals("QWXJ")
                    ? new Backfill.CoinOutcome(coin, Backfill.Status.UNKNOWN, days, 0, null, "no history source lists QWXJ")
                    : new Backfill.CoinOutcome(coin, Backfill.Status.FETCHED, days, days, "binance", null);
            outcomes.add(outcome);
            progress.coinDone(outcomes.size(), ordered.size(), outcome);
            if (outcomes.size() == 1) {
                firstCoinDone.countDown();
                await(release);
            }
            if (backfillFailure != null) {
                throw backfillFailure;
            }
        }
        return new Backfill(LAST.minusDays(days - 1L), LAST, outcomes);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the backfill");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
    }

    @Override
    public List<SourceHealth> sources() {
        return List.of(new SourceHealth("coingecko", "closed", FakeUseCases.NOW, null, null, 3),
                new SourceHealth("binance", "open", null, FakeUseCases.NOW, "HTTP 429: rate limited", 5));
    }

    @Override
    public List<StoredHistory> storedHistory() {
        return List.of(new StoredHistory(Asset.of("BTC"), LocalDate.parse("2014-09-17"), LAST, 4000),
                new StoredHistory(Asset.of("ETH"), LocalDate.parse("2017-11-09"), LAST, 3000));
    }

    /** The quantities and days the last worth was asked with. */
    java.util.Map<Asset, java.math.BigDecimal> quantitiesAsked;
    int worthDays;

    @Override
    public com.cryptorebalancer.application.port.in.HoldingsWorth worth(java.util.Map<Asset, java.math.BigDecimal> quantities,
                                                                         int days) {
        if (days < 1 || days > 3650) {
            throw new com.cryptorebalancer.application.port.in.InvalidCommandException("days", "days must be 1 to 3650, was " + days);
        }
        quantitiesAsked = quantities;
        worthDays = days;
        return new com.cryptorebalancer.application.port.in.HoldingsWorth(LAST.minusDays(1), LAST, quantities.size(),
                List.of(new com.cryptorebalancer.application.port.in.HoldingsWorth.Day(LAST, "31234.56", 2)), List.of("QWXJ"));
    }
}
