package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

class PriceHistoryStoreContractTest {

    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final PriceSource FILE = new PriceSource("file");
    private static final PriceSource COINGECKO = new PriceSource("coingecko");
    private static final LocalDate D1 = LocalDate.parse("2024-02-28");

    private static DailyClose close(Asset coin, LocalDate day, String usd) {
        return new DailyClose(coin, day, new BigDecimal(usd), FILE);
    }

    /** {@code count} closes of {@code coin} on consecutive days from D1, each worth its day number plus 0.5. */
    private static List<DailyClose> days(Asset coin, int count) {
        List<DailyClose> closes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            closes.add(close(coin, D1.plusDays(i), i + ".5"));
        }
        return closes;
    }

    @DatabaseContract
    void anEmptyStoreHasNoClosesAndNoCoverage(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();

        assertThat(history.save(List.of())).isZero();
        assertThat(history.closes(BTC, LocalDate.MIN, LocalDate.MAX)).isEmpty();
        assertThat(history.coverage()).isEmpty();
    }

    @DatabaseContract
    void closesOfSeventeenSignificantDigitsComeBackExactlyAfterARestart(DatabaseUnderTest db) {
        List<String> values = List.of("0.000012345678901234567", "12345678.901234567", "457.3340148925781",
                "9.999999974752427e-07", "96635.609375", "65000.0", "1E+3");
        List<DailyClose> saved = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            saved.add(close(BTC, D1.plusDays(i), values.get(i)));
        }
        db.open().priceHistory().save(saved);

        List<DailyClose> found = db.reopen().priceHistory().closes(BTC, D1, D1.plusDays(values.size() - 1));

        assertThat(found).hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            BigDecimal expected = new BigDecimal(values.get(i));
            assertThat(found.get(i).closeUsd()).as(values.get(i)).isEqualByComparingTo(expected);
            // the same on both databases: the value without trailing zeros, whatever scale each keeps
            assertThat(found.get(i).closeUsd()).isEqualTo(expected.stripTrailingZeros());
            assertThat(found.get(i).day()).isEqualTo(D1.plusDays(i));
            assertThat(found.get(i).asset()).isEqualTo(BTC);
            assertThat(found.get(i).source()).isEqualTo(FILE);
        }
    }

    @DatabaseContract
    void aCloseForADayStoredAlreadyReplacesItAndOnlyNewDaysAreCounted(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();
        assertThat(history.save(days(BTC, 3))).isEqualTo(3);

        int added = history.save(List.of(new DailyClose(BTC, D1.plusDays(1), new BigDecimal("42.25"), COINGECKO),
                close(BTC, D1.plusDays(3), "3.5")));

        assertThat(added).isEqualTo(1);
        assertThat(history.closes(BTC, D1, D1.plusDays(3))).containsExactly(close(BTC, D1, "0.5"),
                new DailyClose(BTC, D1.plusDays(1), new BigDecimal("42.25"), COINGECKO),
                close(BTC, D1.plusDays(2), "2.5"), close(BTC, D1.plusDays(3), "3.5"));
        assertThat(history.save(days(BTC, 4))).as("all four days stored already").isZero();
        assertThat(history.coverage()).containsExactly(new StoredHistory(BTC, D1, D1.plusDays(3), 4));
    }

    @DatabaseContract
    void theSameDayTwiceInOneSaveIsOneDayWithTheLaterClose(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();

        int added = history.save(List.of(close(BTC, D1, "1.5"), close(BTC, D1, "2.5")));

        assertThat(added).isEqualTo(1);
        assertThat(history.closes(BTC, D1, D1)).containsExactly(close(BTC, D1, "2.5"));
    }

    @DatabaseContract
    void aRangeIncludesBothEndsAndComesInDayOrderWhateverTheSavedOrder(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();
        List<DailyClose> shuffled = new ArrayList<>(days(BTC, 10));
        Collections.shuffle(shuffled, new Random(7));
        history.save(shuffled);

        assertThat(history.closes(BTC, D1.plusDays(2), D1.plusDays(5))).extracting(DailyClose::day)
                .containsExactly(D1.plusDays(2), D1.plusDays(3), D1.plusDays(4), D1.plusDays(5));
        assertThat(history.closes(BTC, D1.plusDays(9), D1.plusDays(9))).containsExactly(close(BTC, D1.plusDays(9), "9.5"));
        assertThat(history.closes(BTC, D1.minusDays(30), D1.minusDays(1))).isEmpty();
        assertThat(history.closes(BTC, LocalDate.MIN, LocalDate.MAX)).hasSize(10);
    }

    @DatabaseContract
    void twoCoinsAreKeptApartAndCoveredInSymbolOrder(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();
        List<DailyClose> both = new ArrayList<>(days(ETH, 2));
        both.addAll(days(BTC, 5));

        assertThat(history.save(both)).isEqualTo(7);

        assertThat(history.closes(ETH, LocalDate.MIN, LocalDate.MAX)).containsExactlyElementsOf(days(ETH, 2));
        assertThat(history.closes(BTC, LocalDate.MIN, LocalDate.MAX)).containsExactlyElementsOf(days(BTC, 5));
        assertThat(history.closes(Asset.of("SOL"), LocalDate.MIN, LocalDate.MAX)).isEmpty();
        assertThat(history.coverage()).containsExactly(new StoredHistory(BTC, D1, D1.plusDays(4), 5),
                new StoredHistory(ETH, D1, D1.plusDays(1), 2));
    }

    @DatabaseContract
    void aSaveThatFailsHalfWayStoresNothingAndReplacesNothing(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();
        history.save(List.of(close(ETH, D1, "3000.5")));
        List<DailyClose> closes = new ArrayList<>(days(BTC, 2_500));
        closes.add(close(ETH, D1, "1.5"));
        // written after the first batch of 1,000 rows: too long for the column, so the database refuses it
        closes.set(1_500, new DailyClose(BTC, D1.plusDays(1_500), BigDecimal.TEN, new PriceSource("s".repeat(41))));

        assertThatThrownBy(() -> history.save(closes)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot save 2501 daily closes of BTC, ETH in ");

        assertThat(history.closes(BTC, LocalDate.MIN, LocalDate.MAX)).isEmpty();
        assertThat(history.closes(ETH, D1, D1)).containsExactly(close(ETH, D1, "3000.5"));
        assertThat(history.coverage()).containsExactly(new StoredHistory(ETH, D1, D1, 1));
    }

    @DatabaseContract
    void aNullCloseAmongOthersIsRefusedBeforeAnythingIsStored(JdbcDatabase database) {
        PriceHistoryStore history = database.priceHistory();
        List<DailyClose> closes = Arrays.asList(close(BTC, D1, "1"), null, close(BTC, D1.plusDays(2), "3"));

        assertThatThrownBy(() -> history.save(closes)).isInstanceOf(NullPointerException.class)
                .hasMessage("daily close 1 of the 3 to save is null");
        assertThat(history.coverage()).isEmpty();
    }

    @DatabaseContract
    void aRangeThatEndsBeforeItStartsIsRefused(JdbcDatabase database) {
        assertThatThrownBy(() -> database.priceHistory().closes(BTC, D1, D1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first day 2024-02-28 is after last day 2024-02-27 for BTC");
    }

    @DatabaseContract
    void savesAtOnceOfTheSameNewDaysAllSucceedAndCountEachDayOnce(JdbcDatabase database) throws Exception {
        PriceHistoryStore history = database.priceHistory();
        List<Integer> added = Concurrently.run(8, thread -> () -> {
            List<DailyClose> mine = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                mine.add(close(BTC, D1.plusDays(i), thread + "." + i + "1"));
            }
            return history.save(mine);
        });

        assertThat(added.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        List<DailyClose> stored = history.closes(BTC, LocalDate.MIN, LocalDate.MAX);
        assertThat(stored).hasSize(100);
        // each save is one transaction: every day holds a close of the same save
        String thread = stored.get(0).closeUsd().toPlainString().split("\\.")[0];
        assertThat(stored).allSatisfy(close -> assertThat(close.closeUsd().toPlainString()).startsWith(thread + "."));
    }
}
