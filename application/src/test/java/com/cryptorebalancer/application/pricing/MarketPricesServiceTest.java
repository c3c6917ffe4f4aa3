package com.cryptorebalancer.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.HoldingsWorth;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.application.port.out.InvalidPriceFileException;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class MarketPricesServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-21T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate YESTERDAY = LocalDate.parse("2025-02-20");
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset XYZ = Asset.of("XYZ");

    private final InMemoryPriceHistoryStore store = new InMemoryPriceHistoryStore();

    @Test
    void aBackfillFetchesOnlyTheDaysNotStoredFromTheFirstSourceThatListsTheCoin() {
        store.save(List.of(close(BTC, YESTERDAY.minusDays(2), "1", "file")));
        FakeHistory gecko = new FakeHistory("coingecko").lists(BTC);
        List<String> progress = new ArrayList<>();

        Backfill backfill = service(List.of(gecko)).backfill(Set.of(BTC), 5, (done, total, outcome) ->
                progress.add(done + "/" + total + " " + outcome.asset() + " " + outcome.status().code()));

        assertThat(backfill.first()).isEqualTo(LocalDate.parse("2025-02-16"));
        assertThat(backfill.last()).isEqualTo(YESTERDAY);
        assertThat(gecko.asked).containsExactly("BTC 2025-02-16..2025-02-17", "BTC 2025-02-19..2025-02-20");
        assertThat(backfill.coins()).singleElement().satisfies(coin -> {
            assertThat(coin.status()).isEqualTo(Backfill.Status.FETCHED);
            assertThat(coin.missing()).isEqualTo(4);
            assertThat(coin.fetched()).isEqualTo(4);
            assertThat(coin.source()).isEqualTo("coingecko");
        });
        assertThat(store.closes(BTC, backfill.first(), backfill.last())).hasSize(5);
        assertThat(progress).containsExactly("1/1 BTC fetched");

        Backfill again = service(List.of(gecko)).backfill(Set.of(BTC), 5, (done, total, outcome) -> { });
        assertThat(again.coins().get(0).status()).isEqualTo(Backfill.Status.COMPLETE);
        assertThat(gecko.asked).hasSize(2);
    }

    @Test
    void aBackfillWhoseThreadIsInterruptedStopsThereInsteadOfFailingEveryCoinLeft() {
        // as MarketHttp does: a request on an interrupted thread fails, and the thread stays interrupted
        FakeHistory gecko = new FakeHistory("coingecko").lists(BTC).interruptingOn(ETH);
        FakeHistory binance = new FakeHistory("binance").lists(ETH).lists(XYZ);
        List<String> progress = new ArrayList<>();

        try {
            assertThatThrownBy(() -> service(List.of(gecko, binance)).backfill(Set.of(BTC, ETH, XYZ), 3,
                    (done, total, outcome) -> progress.add(outcome.asset() + " " + outcome.status().code())))
                    .isInstanceOf(CancellationException.class)
                    .hasMessageContaining("stopped before it was done");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }

        assertThat(progress).as("ETH is not reported failed, XYZ not tried").containsExactly("BTC fetched");
        assertThat(binance.asked).isEmpty();
        assertThat(store.closes(BTC, YESTERDAY.minusDays(2), YESTERDAY)).hasSize(3);
    }

    @Test
    void aCoinNoSourceListsIsUnknownAndAFailingSourceFallsToTheNext() {
        FakeHistory gecko = new FakeHistory("coingecko").lists(BTC).failingOn(ETH);
        FakeHistory binance = new FakeHistory("binance").lists(ETH);

        Backfill backfill = service(List.of(gecko, binance)).backfill(Set.of(BTC, ETH, XYZ), 3, (d, t, o) -> { });

        assertThat(backfill.coins()).extracting(coin -> coin.asset() + " " + coin.status().code() + " " + coin.source())
                .containsExactly("BTC fetched coingecko", "ETH fetched binance", "XYZ unknown null");
        assertThat(backfill.coins().get(1).message()).isEqualTo("coingecko: HTTP 503 for /api/v3/coins/ethereum/market_chart/range");
        assertThat(backfill.coins().get(2).message()).contains("coingecko: does not list XYZ").contains("binance: does not list XYZ");
        assertThat(backfill.count(Backfill.Status.FETCHED)).isEqualTo(2);
        assertThat(backfill.daysFetched()).isEqualTo(6);
    }

    @Test
    void theHoldingsWorthIsSummedPerDayOverTheCoinsWithACloseAndTheOthersAreSaid() {
        store.save(List.of(close(BTC, YESTERDAY.minusDays(1), "95000", "file"), close(BTC, YESTERDAY, "96000.5", "file"),
                close(ETH, YESTERDAY, "2700", "file")));

        HoldingsWorth worth = service(List.of()).worth(Map.of(BTC, new BigDecimal("0.5"), ETH, new BigDecimal("2"),
                XYZ, new BigDecimal("10")), 3);

        assertThat(worth.first()).isEqualTo(LocalDate.parse("2025-02-18"));
        assertThat(worth.coins()).isEqualTo(3);
        assertThat(worth.days()).containsExactly(new HoldingsWorth.Day(YESTERDAY.minusDays(1), "47500.00", 1),
                new HoldingsWorth.Day(YESTERDAY, "53400.25", 2));
        assertThat(worth.withoutHistory()).containsExactly("XYZ");
        assertThatThrownBy(() -> service(List.of()).worth(Map.of(BTC, BigDecimal.ONE), 0))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("days must be 1 to 3650, was 0");
    }

    @Test
    void aBackfillOfNoDaysIsRefused() {
        assertThatThrownBy(() -> service(List.of()).backfill(Set.of(BTC), 0, (d, t, o) -> { }))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("days must be at least 1, was 0");
    }

    @Test
    void importingFilesStoresTheirDaysAndReportsNewDaysAndSkippedRows() {
        store.save(List.of(close(BTC, YESTERDAY, "96000", "coingecko")));
        RowProblem zero = new RowProblem(3, "close", "0.0", "zero_close", "a close of 0 is missing data, not a price");
        PriceFile btc = new PriceFile("BTC-USD_1d.csv", BTC, List.of(close(BTC, YESTERDAY.minusDays(1), "95000", "file"),
                close(BTC, YESTERDAY, "96100", "file")), List.of(zero));
        MarketPricesService service = new MarketPricesService(List.of(), List.of(), store, path -> List.of(btc), CLOCK);

        HistoryImport result = service.importHistory(Path.of("prices"));

        assertThat(result.read()).isEqualTo(2);
        assertThat(result.newDays()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.files().get(0).skipped()).containsExactly(zero);
        assertThat(store.closes(BTC, YESTERDAY, YESTERDAY).get(0).closeUsd()).isEqualByComparingTo("96100");
    }

    @Test
    void anUnreadablePathIsTheCallersMistake() {
        MarketPricesService service = new MarketPricesService(List.of(), List.of(), store, path -> {
            throw new InvalidPriceFileException("no such file or folder: " + path);
        }, CLOCK);

        assertThatThrownBy(() -> service.importHistory(Path.of("nope"))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("no such file or folder: nope");
    }

    @Test
    void askingAnUnconfiguredSourceNamesTheOnesThereAre() {
        MarketPricesService service = new MarketPricesService(List.of(new MarketPricingTest.FakeSource("coingecko"),
                new MarketPricingTest.FakeSource("kraken")), List.of(), store, path -> List.of(), CLOCK);

        assertThatThrownBy(() -> service.now(Set.of(BTC), "bitstamp")).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("no live source 'bitstamp': the sources are coingecko, kraken");
        assertThat(service.now(Set.of(BTC), "kraken").unpriced()).containsExactly(BTC);
    }

    private MarketPricesService service(List<PriceHistoryPort> sources) {
        return new MarketPricesService(List.of(), sources, store, path -> List.of(), CLOCK);
    }

    private static DailyClose close(Asset coin, LocalDate day, String usd, String source) {
        return new DailyClose(coin, day, new BigDecimal(usd), new PriceSource(source));
    }

    /** A history source listing some coins, with a close of 100 + day of month for every day asked. */
    private static final class FakeHistory implements PriceHistoryPort {

        final List<String> asked = new ArrayList<>();
        private final String name;
        private final List<Asset> listed = new ArrayList<>();
        private Asset failing;
        private Asset interrupting;

        FakeHistory(String name) {
            this.name = name;
        }

        FakeHistory lists(Asset coin) {
            listed.add(coin);
            return this;
        }

        FakeHistory failingOn(Asset coin) {
            failing = coin;
            listed.add(coin);
            return this;
        }

        FakeHistory interruptingOn(Asset coin) {
            interrupting = coin;
            listed.add(coin);
            return this;
        }

        @Override
        public String source() {
            return name;
        }

        @Override
        public List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last) {
            if (coin.equals(failing)) {
                throw new PriceSourceException(name, "HTTP 503 for /api/v3/coins/ethereum/market_chart/range");
            }
            if (coin.equals(interrupting)) {
                Thread.currentThread().interrupt();
                throw new PriceSourceException(name, "interrupted while waiting for /api/v3/coins/ethereum/market_chart/range");
            }
            if (!listed.contains(coin)) {
                throw new UnknownCoinException(name, coin, null);
            }
            asked.add(coin + " " + first + ".." + last);
            List<DailyClose> closes = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                closes.add(close(coin, day, String.valueOf(100 + day.getDayOfMonth()), name));
            }
            return closes;
        }

        @Override
        public SourceHealth health() {
            return new SourceHealth(name, "closed", null, null, null, asked.size());
        }
    }
}
