package com.cryptorebalancer.domain.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Backtests on the shared real daily closes. */
class BacktestRealDataTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @Test
    void sixtyFortyBitcoinEtherOverFiveYearsMatchesAnIndependentReplay() {
        AlignedCloses closes = AlignedCloses.innerJoin(SharedPriceHistory.closes("BTC", "ETH"), FROM, TO);
        TargetWeights targets = new TargetWeights(Map.of(Asset.of("BTC"), 0.6, Asset.of("ETH"), 0.4));
        BacktestSetup setup = new BacktestSetup(closes, targets, Costs.NONE, 10_000);

        BacktestComparison comparison = BacktestComparison.run(setup, List.of(Strategy.parse("buy-and-hold"),
                Strategy.parse("monthly")));

        // python3 on the CSVs: 1827 common days; buy-and-hold 10000 * (0.6 * BTC_end / BTC_start + 0.4 * ETH_end /
        // ETH_start) = 179766.5101192742; monthly (reset to 60/40 at the first close of each month) 201155.60957171582
        assertThat(closes.dayCount()).isEqualTo(1827);
        BacktestResult hold = comparison.results().get(0);
        BacktestResult monthly = comparison.results().get(1);
        assertThat(hold.finalValue()).isCloseTo(179766.5101192742, within(1e-6));
        assertThat(monthly.finalValue()).isCloseTo(201155.60957171582, within(1e-6));
        // February 2020 to December 2024: 59 first closes of a month
        assertThat(monthly.rebalanceDays()).isEqualTo(59);
        assertThat(monthly.tradeCount()).isEqualTo(2 + 59 * 2);
        assertThat(hold.dailyReturns()).hasSize(1826);
        assertThat(comparison.highestFinalValue()).isSameAs(monthly);
    }

    @Test
    void tenCoinsWithCostsOverFiveYearsStayConsistent() {
        String[] symbols = {"BTC", "ETH", "XRP", "BNB", "ADA", "DOGE", "TRX", "LINK", "XLM", "LTC"};
        AlignedCloses closes = AlignedCloses.innerJoin(SharedPriceHistory.closes(symbols), FROM, TO);
        Map<Asset, Double> weights = new LinkedHashMap<>();
        for (String symbol : symbols) {
            weights.put(Asset.of(symbol), 0.1);
        }
        BacktestSetup setup = new BacktestSetup(closes, new TargetWeights(weights), new Costs(10, 10, 20), 10_000);

        BacktestComparison comparison = BacktestComparison.run(setup, List.of(Strategy.parse("buy-and-hold"),
                Strategy.parse("weekly"), Strategy.parse("monthly"), Strategy.parse("quarterly"),
                Strategy.parse("bands:5pp"), Strategy.parse("bands:25%"), Strategy.parse("monthly+bands:2pp")));

        for (BacktestResult result : comparison.results()) {
            assertThat(result.curve().values()).hasSize(1827);
            assertThat(result.feesPaid()).as(result.strategy()).isGreaterThan(0);
            double[] returns = result.dailyReturns();
            double compounded = result.curve().values()[0];
            for (double r : returns) {
                compounded *= 1 + r;
            }
            assertThat(compounded).as(result.strategy()).isCloseTo(result.finalValue(), within(1e-6 * result.finalValue()));
        }
        BacktestResult weekly = comparison.result("weekly").orElseThrow();
        BacktestResult quarterly = comparison.result("quarterly").orElseThrow();
        // trading more often turns more over and pays more
        assertThat(weekly.turnover()).isGreaterThan(quarterly.turnover());
        assertThat(weekly.feesPaid()).isGreaterThan(quarterly.feesPaid());
        assertThat(comparison.result("buy-and-hold").orElseThrow().turnover()).isZero();
    }
}
