package com.cryptorebalancer.application.backtest;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static com.cryptorebalancer.application.backtest.BacktestServiceTestSupport.assertRefused;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.application.port.in.BacktestCommand;
import com.cryptorebalancer.application.port.in.BacktestReport;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.domain.backtest.BacktestResult;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestServiceTest {

    private static final FixedPortfolio HOLDINGS = new FixedPortfolio(aPortfolio().with("BTC", "0.5", "30000")
            .with("ETH", "2", "6000").with("DOGE", "10000", "3000").with("SHIB", "50000000", "1000")
            .with("USDT", "500", "500"));

    private static Map<String, BigDecimal> percents(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }

    private static BacktestCommand byCoin(Map<String, BigDecimal> targets, List<String> strategies, LocalDate from, LocalDate to) {
        return new BacktestCommand(null, targets, strategies, from, to, null, null, null, null);
    }

    @Test
    void groupTargetsAreSplitOverTheGroupsCoinsWithHistoryByTheirValueNowOnTheLongestCommonWindow() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC", "ETH", "DOGE", "SHIB"));

        BacktestReport report = service.backtest(new BacktestCommand(percents("BTC", "50", "eth", "30", "Memecoins", "20"),
                null, List.of("buy-and-hold", "monthly"), null, null, null, null, null, null));

        // Memecoins' 20 % over DOGE (3000) and SHIB (1000): 15 % and 5 %
        assertThat(report.targets()).extracting(t -> t.coin() + " " + t.group() + " " + Math.round(t.weight() * 1e6))
                .containsExactly("BTC BTC 500000", "ETH ETH 300000", "DOGE Memecoins 150000", "SHIB Memecoins 50000");
        // python3 on the CSVs: SHIB's first positive close is the latest first day; 1407 common days, no gap;
        // buy-and-hold 10000 * Σ w_i P_end / P_start = 20006.58847807536
        assertThat(report.first()).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(report.last()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(report.comparison().setup().closes().dayCount()).isEqualTo(1407);
        BacktestResult hold = report.comparison().result("buy-and-hold").orElseThrow();
        assertThat(hold.finalValue()).isCloseTo(20006.58847807536, within(1e-6));
        assertThat(hold.startingCapital()).isEqualTo(10_000);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aCoinWithoutHistoryIsLeftOutOfItsGroupAndSaid() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC", "DOGE"));

        BacktestReport report = service.backtest(new BacktestCommand(percents("BTC", "80", "Memecoins", "20"), null, null,
                null, null, null, null, null, null));

        assertThat(report.targets()).extracting(t -> t.coin().symbol()).containsExactly("BTC", "DOGE");
        assertThat(report.targets().get(1).weight()).isCloseTo(0.2, within(1e-15));
        assertThat(report.warnings()).containsExactly(
                "Memecoins: SHIB without stored history; the group's target is split among DOGE");
        assertThat(report.comparison().results()).extracting(BacktestResult::strategy)
                .containsExactlyElementsOf(BacktestCommand.DEFAULT_STRATEGIES);
    }

    @Test
    void aGroupWithATargetAndNoCoinWithHistoryIsRefusedByName() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC", "ETH"));

        assertRefused(() -> service.backtest(new BacktestCommand(percents("BTC", "70", "Stablecoins", "30"), null, null,
                null, null, null, null, null, null)), "targets", "group Stablecoins has a target but no coin with stored"
                + " daily history (held: USDT): import or backfill their history, or set Stablecoins to 0");
        assertRefused(() -> service.backtest(new BacktestCommand(percents("BTC", "70", "SOL", "30"), null, null,
                null, null, null, null, null, null)), "targets", "group SOL has a target but no coin with stored daily"
                + " history (the portfolio holds none of it): import or backfill their history, or set SOL to 0");
        assertRefused(() -> service.backtest(new BacktestCommand(percents("BTC", "70", "Nope", "30"), null, null,
                null, null, null, null, null, null)), "targets", "unknown group");
        assertRefused(() -> service.backtest(new BacktestCommand(percents("BTC", "70", "ETH", "20"), null, null,
                null, null, null, null, null, null)), "targets", "they add up to 90 %");
    }

    @Test
    void coinTargetsOnAGivenWindowMatchAnIndependentReplayOfTheRealCloses() {
        InMemoryPriceHistoryStore store = InMemoryPriceHistoryStore.of("BTC", "ETH", "LTC");
        BacktestService service = new BacktestService(HOLDINGS, store);

        BacktestReport report = service.backtest(byCoin(percents("BTC", "60", "ETH", "40"), List.of("buy-and-hold",
                "monthly"), LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));

        // the same figures as the domain's BacktestRealDataTest, worked out in python3 on the CSVs
        assertThat(report.comparison().result("buy-and-hold").orElseThrow().finalValue())
                .isCloseTo(179766.5101192742, within(1e-6));
        assertThat(report.comparison().result("monthly").orElseThrow().finalValue())
                .isCloseTo(201155.60957171582, within(1e-6));
        assertThat(report.targets()).extracting(t -> t.group()).containsOnlyNulls();
        assertThat(report.targets().get(0).historyFrom()).isEqualTo(LocalDate.of(2014, 9, 17));
        assertThat(store.requests()).isEqualTo(2);
    }

    @Test
    void costsAndCapitalReachTheBacktest() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC", "ETH"));

        BacktestReport report = service.backtest(new BacktestCommand(null, percents("BTC", "50", "ETH", "50"),
                List.of("weekly"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("10"),
                new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("50000")));

        BacktestResult weekly = report.comparison().results().get(0);
        assertThat(weekly.startingCapital()).isEqualTo(50_000);
        assertThat(report.comparison().setup().costs().feeBps()).isEqualTo(10);
        assertThat(report.comparison().setup().costs().minTradeUsd()).isEqualTo(25);
        // the initial purchase alone pays 10 bps on 50000 / 1.001 and half of 20 bps
        assertThat(weekly.trades().get(0).fee() + weekly.trades().get(1).fee()).isCloseTo(50_000 / 1.001 * 0.001, within(1e-9));
        assertThat(weekly.feesPaid()).isGreaterThan(49.95);
        assertThat(weekly.skippedTrades()).isPositive();
    }

    @Test
    void daysMissingForOneCoinAreLeftOutAndSaidAndHistoriesThatDoNotMeetAreRefused() {
        InMemoryPriceHistoryStore store = new InMemoryPriceHistoryStore();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int d = 0; d < 5; d++) {
            store.save(List.of(close("A", day.plusDays(d), "10")));
            if (d != 2) {
                store.save(List.of(close("B", day.plusDays(d), "20")));
            }
            store.save(List.of(close("C", day.plusDays(d + 10), "30")));
        }
        BacktestService service = new BacktestService(HOLDINGS, store);

        BacktestReport report = service.backtest(byCoin(percents("A", "50", "B", "50"), null, null, null));
        assertThat(report.comparison().setup().closes().dayCount()).isEqualTo(4);
        assertThat(report.warnings()).containsExactly(
                "1 of the 5 days from 2024-01-01 to 2024-01-05 lack a close of at least one coin and are left out (no filling)");

        BacktestReport wider = service.backtest(byCoin(percents("A", "100"), null, day.minusDays(3), null));
        assertThat(wider.first()).isEqualTo(day);
        assertThat(wider.warnings()).containsExactly("the window asked (2023-12-29 to end) is wider than the common"
                + " closes: it runs from 2024-01-01 to 2024-01-05");

        assertRefused(() -> service.backtest(byCoin(percents("A", "50", "C", "50"), null, null, null)), "targets",
                "the coins have no stored days in common from 2024-01-11 to 2024-01-05: A 2024-01-01..2024-01-05,"
                        + " C 2024-01-11..2024-01-15");
        assertRefused(() -> service.backtest(byCoin(percents("A", "100"), null, day, day)), "from",
                "a backtest needs at least 2 days on which every coin has a close; from 2024-01-01 to 2024-01-01 there is 1");
        assertRefused(() -> service.backtest(byCoin(percents("A", "50", "XYZ", "50"), null, null, null)), "targets",
                "no stored daily history for XYZ: import or backfill it first");
    }

    @Test
    void badOptionsAreRefusedNamingTheirField() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC"));
        Map<String, BigDecimal> btc = percents("BTC", "100");

        assertRefused(() -> service.backtest(byCoin(btc, List.of("daily"), null, null)), "strategies", "unknown strategy 'daily'");
        assertRefused(() -> service.backtest(byCoin(btc, List.of("monthly", "MONTHLY"), null, null)), "strategies",
                "strategy monthly is given twice");
        assertRefused(() -> new BacktestCommand(null, null, null, null, null, null, null, null, null), "targets",
                "targets are required");
        assertRefused(() -> new BacktestCommand(btc, btc, null, null, null, null, null, null, null), "targets",
                "either by group or by coin, not both");
        assertRefused(() -> new BacktestCommand(null, btc, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null,
                null, null, null), "from", "from (2024-02-01) must not be after to (2024-01-01)");
        assertRefused(() -> new BacktestCommand(null, btc, null, null, null, new BigDecimal("-1"), null, null, null),
                "fee_bps", "fee_bps must be at least 0 and below 10000, was -1");
        assertRefused(() -> new BacktestCommand(null, btc, null, null, null, null, new BigDecimal("20000"), null, null),
                "spread_bps", "spread_bps must be at least 0 and below 20000");
        assertRefused(() -> new BacktestCommand(null, btc, null, null, null, null, null, new BigDecimal("-5"), null),
                "min_trade_usd", "min_trade_usd must not be negative");
        assertRefused(() -> new BacktestCommand(null, btc, null, null, null, null, null, null, BigDecimal.ZERO),
                "starting_capital_usd", "starting_capital_usd must be more than 0");
        assertRefused(() -> service.backtest(byCoin(percents("BTC", "60", "btc", "40"), null, null, null)), "targets",
                "target of BTC is given twice");
        assertRefused(() -> service.backtest(byCoin(percents("BTC", "1e999999999"), null, null, null)), "targets",
                "target of BTC must be 0 to 100 %");
        assertRefused(() -> service.backtest(byCoin(percents(" ", "100"), null, null, null)), "targets",
                "asset symbol must not be blank");
    }

    private static DailyClose close(String coin, LocalDate day, String usd) {
        return new DailyClose(Asset.of(coin), day, new BigDecimal(usd), new PriceSource("file"));
    }

    @Test
    void groupsAreNamedAsTheTaxonomyNamesThem() {
        BacktestService service = new BacktestService(HOLDINGS, InMemoryPriceHistoryStore.of("BTC", "ETH"));
        BacktestReport report = service.backtest(new BacktestCommand(percents("btc", "50", "ETH", "50"), null,
                List.of("quarterly"), null, null, null, null, null, null));
        assertThat(report.targets().get(0).group()).isEqualTo(Group.of("BTC"));
        assertThat(report.first()).isEqualTo(LocalDate.of(2017, 11, 9));
        assertThat(BacktestReport.PERIODS_PER_YEAR).isEqualTo(365);
    }
}
