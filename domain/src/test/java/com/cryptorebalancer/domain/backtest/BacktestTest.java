package com.cryptorebalancer.domain.backtest;

import static com.cryptorebalancer.domain.backtest.BacktestTestData.closes;
import static com.cryptorebalancer.domain.backtest.BacktestTestData.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.rebalancing.Side;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final LocalDate JAN_30 = LocalDate.of(2024, 1, 30);
    private static final Strategy MONTHLY = new Strategy.Calendar(RebalanceCalendar.MONTHLY);

    @Test
    void buyAndHoldKeepsTheQuantitiesBoughtOnTheFirstDay() {
        AlignedCloses closes = closes(JAN_30, new double[] {100, 110, 121}, new double[] {50, 45, 40});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.5, 0.5), Costs.NONE, 10_000),
                new Strategy.BuyAndHold());

        // 5000 / 100 = 50 A and 5000 / 50 = 100 B; then 50 * 110 + 100 * 45 = 10000 and 50 * 121 + 100 * 40 = 10050
        assertThat(result.finalQuantities()).containsEntry(Asset.of("A"), 50.0).containsEntry(Asset.of("B"), 100.0);
        assertThat(result.curve().values()).containsExactly(10_000, 10_000, 10_050);
        assertThat(result.dailyReturns()[0]).isZero();
        assertThat(result.dailyReturns()[1]).isCloseTo(0.005, within(1e-15));
        assertThat(result.curve().returnsBaseDay()).isEqualTo(JAN_30);
        assertThat(result.curve().returnDays()).containsExactly(JAN_30.plusDays(1), JAN_30.plusDays(2));
        assertThat(result.totalReturn()).isCloseTo(0.005, within(1e-15));
        assertThat(result.tradeCount()).isEqualTo(2);
        assertThat(result.turnover()).isZero();
        assertThat(result.feesPaid()).isZero();
        assertThat(result.curve().points().get(2)).isEqualTo(new EquityPoint(JAN_30.plusDays(2), 10_050));
    }

    @Test
    void monthlyTradesAtTheFirstCloseOfEachNewMonthOnly() {
        // 2024-01-30, 01-31, 02-01, 02-02: A doubles on 02-01
        AlignedCloses closes = closes(JAN_30, new double[] {100, 100, 200, 200}, new double[] {100, 100, 100, 100});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.5, 0.5), Costs.NONE, 1_000), MONTHLY);

        // 5 A + 5 B; on 02-01 A is worth 1000 and B 500: sell 250 of A (1.25), buy 250 of B (2.5), 750 each
        assertThat(result.trades()).hasSize(4);
        BacktestTrade sell = result.trades().get(2);
        assertThat(sell.day()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(sell.side()).isEqualTo(Side.SELL);
        assertThat(sell.quantity()).isEqualTo(1.25);
        assertThat(result.trades().get(3).quantity()).isEqualTo(2.5);
        assertThat(result.finalQuantities().values()).containsExactly(3.75, 7.5);
        assertThat(result.curve().values()).containsExactly(1_000, 1_000, 1_500, 1_500);
        assertThat(result.rebalanceDays()).isEqualTo(1);
        // (250 + 250) / 2 over the average equity (1000 + 1000 + 1500 + 1500) / 4 = 1250
        assertThat(result.turnover()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void feesAndHalfTheSpreadArePaidOnTheInitialPurchaseAndOnEveryTrade() {
        AlignedCloses closes = closes(JAN_30, new double[] {100, 100, 200, 200}, new double[] {100, 100, 100, 100});
        Costs costs = new Costs(10, 20, 0);

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.5, 0.5), costs, 1_000), MONTHLY);

        // worked out step by step in python3 (fee 0.001 of notional, buys at close * 1.001, sells at close * 0.999):
        // initial buys 1000 / 1.001 / 2 = 499.5004995 each at 100.1; on 02-01 sell 1.2475037450 A at 199.8,
        // the proceeds less their fee buy B at 100.1
        BacktestTrade first = result.trades().get(0);
        assertThat(first.notional()).isCloseTo(499.5004995004996, within(1e-9));
        assertThat(first.price()).isCloseTo(100.1, within(1e-12));
        assertThat(first.quantity()).isCloseTo(4.990014980024971, within(1e-12));
        assertThat(result.curve().values()[0]).isCloseTo(998.0029960049942, within(1e-9));
        BacktestTrade sell = result.trades().get(2);
        assertThat(sell.quantity()).isCloseTo(1.2475037450062427, within(1e-12));
        assertThat(sell.notional()).isCloseTo(249.2512482522473, within(1e-9));
        assertThat(sell.fee()).isCloseTo(0.24925124825224731, within(1e-12));
        assertThat(result.trades().get(3).notional()).isCloseTo(248.75324376023485, within(1e-9));
        assertThat(result.finalValue()).isCloseTo(1496.0084840274565, within(1e-9));
        assertThat(result.feesPaid()).isCloseTo(1.4970054910134813, within(1e-12));
        assertThat(result.spreadCost()).isCloseTo(1.4960084840274563, within(1e-12));
        assertThat(result.turnover()).isCloseTo(0.1996801121404631, within(1e-12));
        assertThat(result.totalReturn()).isCloseTo(0.49600848402745656, within(1e-12));
        // the initial purchase's costs are in the total return but in no daily return
        assertThat(result.dailyReturns()[0]).isZero();
        assertThat(result.finalCash()).isZero();
    }

    @Test
    void aBandTradesTheCoinsOutsideItToTargetAndTheOthersShareTheRestInTheirProportions() {
        AlignedCloses closes = closes(JAN_30, new double[] {1, 1.6}, new double[] {1, 1.2}, new double[] {1, 1.0},
                new double[] {1, 0.4});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.25, 0.25, 0.25, 0.25), Costs.NONE, 1_000),
                new Strategy.Bands(DriftBand.absolutePoints(10)));

        // day 1: A 400, B 300, C 250, D 100 of 1050; A (+13.1 pp) and D (-15.5 pp) are outside 10 pp: each to
        // 262.5; B and C (inside) share the other 525 as 300 : 250, i.e. 286.3636... and 238.6363...
        double[] values = new double[4];
        int i = 0;
        for (double quantity : result.finalQuantities().values()) {
            values[i] = quantity * closes.close(i, 1);
            i++;
        }
        assertThat(values[0]).isCloseTo(262.5, within(1e-9));
        assertThat(values[1]).isCloseTo(525.0 * 300 / 550, within(1e-9));
        assertThat(values[2]).isCloseTo(525.0 * 250 / 550, within(1e-9));
        assertThat(values[3]).isCloseTo(262.5, within(1e-9));
        assertThat(result.trades().subList(4, 8)).extracting(BacktestTrade::side)
                .containsExactly(Side.SELL, Side.SELL, Side.SELL, Side.BUY);
        assertThat(result.finalValue()).isCloseTo(1050, within(1e-9));
    }

    @Test
    void aTradeUnderTheMinimumIsSkippedAndWhatASkippedBuyWouldHaveSpentWaitsInCash() {
        AlignedCloses closes = closes(JAN_30, new double[] {1, 1, 1.5}, new double[] {1, 1, 1}, new double[] {1, 1, 1});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.5, 0.3, 0.2), new Costs(0, 0, 50), 900),
                MONTHLY);

        // 02-01: A 675, B 270, C 180 of 1125: sell 112.5 A, buy 67.5 B, and 45 of C is under 50: skipped
        assertThat(result.skippedTrades()).isEqualTo(1);
        assertThat(result.skippedNotional()).isCloseTo(45, within(1e-12));
        assertThat(result.trades()).hasSize(5);
        assertThat(result.trades().get(4).notional()).isCloseTo(67.5, within(1e-12));
        assertThat(result.finalCash()).isCloseTo(45, within(1e-12));
        assertThat(result.finalValue()).isCloseTo(1125, within(1e-12));
    }

    @Test
    void anInitialPurchaseUnderTheMinimumLeavesTheCapitalInCash() {
        AlignedCloses closes = closes(JAN_30, new double[] {1, 2}, new double[] {1, 3});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.5, 0.5), new Costs(0, 0, 600), 1_000),
                new Strategy.BuyAndHold());

        assertThat(result.tradeCount()).isZero();
        assertThat(result.skippedTrades()).isEqualTo(2);
        assertThat(result.curve().values()).containsExactly(1_000, 1_000);
        assertThat(result.dailyReturns()).containsExactly(0);
    }

    @Test
    void aBuyWhoseFundingSellsWereSkippedIsSkippedTooRatherThanMadeForNothing() {
        AlignedCloses closes = closes(JAN_30, new double[] {1, 1, 1.2}, new double[] {1, 1, 1.2}, new double[] {1, 1, 1});

        BacktestResult result = Backtest.run(new BacktestSetup(closes, targets(0.25, 0.25, 0.5), new Costs(0, 0, 30), 1_000),
                MONTHLY);

        // 02-01: A 300, B 300, C 500 of 1100: sells of 25 A and 25 B are under 30, so the buy of 50 C has no cash
        assertThat(result.trades()).hasSize(3).allMatch(BacktestTrade::initial);
        assertThat(result.skippedTrades()).isEqualTo(3);
        assertThat(result.skippedNotional()).isCloseTo(50, within(1e-12));
        assertThat(result.finalValue()).isCloseTo(1100, within(1e-12));
        assertThat(result.rebalanceDays()).isZero();
    }

    @Test
    void aSingleDayHasAValueAndNoReturnAndConstantPricesEarnNothing() {
        BacktestResult single = Backtest.run(new BacktestSetup(closes(JAN_30, new double[] {5}), targets(1),
                Costs.NONE, 100), MONTHLY);
        assertThat(single.curve().values()).containsExactly(100);
        assertThat(single.dailyReturns()).isEmpty();
        assertThat(single.curve().returnDays()).isEmpty();
        assertThat(single.turnover()).isZero();

        BacktestResult flat = Backtest.run(new BacktestSetup(closes(JAN_30, new double[] {5, 5, 5, 5},
                new double[] {2, 2, 2, 2}), targets(0.3, 0.7), Costs.NONE, 100), MONTHLY);
        assertThat(flat.totalReturn()).isCloseTo(0, within(1e-15));
        // on 02-01 nothing drifted: what the plan asks is zero or floating-point dust, not a trade
        assertThat(flat.turnover()).isZero();
        assertThat(flat.tradeCount()).isEqualTo(2);
        assertThat(flat.rebalanceDays()).isZero();
    }
}
