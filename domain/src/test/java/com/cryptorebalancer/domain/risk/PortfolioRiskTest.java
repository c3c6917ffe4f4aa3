package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report on hand-made histories: which coins count, on which days, with which weights. */
class PortfolioRiskTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    /** 20 calendar days, D0 to D0 + 19: a coin needs closes on 19 of them (95 %). */
    private static final RiskWindow WINDOW = RiskWindow.ending(D0.plusDays(19), 19);
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset NEW = Asset.of("NEW");
    private static final Asset XYZ = Asset.of("XYZ");
    private static final Group MAJORS = Group.of("Majors");
    private static final Group OTHERS = Group.OTHERS;

    /** BTC every day (100 + t + a wobble); ETH every day but day 10; NEW from day 10 only; XYZ never. */
    private static Map<Asset, List<DailyClose>> history() {
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        history.put(BTC, new ArrayList<>());
        history.put(ETH, new ArrayList<>());
        history.put(NEW, new ArrayList<>());
        for (int t = 0; t < 20; t++) {
            history.get(BTC).add(close(BTC, t, 100 + t + (t % 3 == 0 ? -4 : 0)));
            if (t != 10) {
                history.get(ETH).add(close(ETH, t, 10 + (t % 4) - (t % 7) * 0.5));
            }
            if (t >= 10) {
                history.get(NEW).add(close(NEW, t, 1 + t % 2));
            }
        }
        return history;
    }

    private static DailyClose close(Asset coin, int day, double usd) {
        return new DailyClose(coin, D0.plusDays(day), BigDecimal.valueOf(usd), new PriceSource("test"));
    }

    private static RiskHolding holding(Asset coin, Group group, String quantity, String usd) {
        return new RiskHolding(coin, group, new BigDecimal(quantity), UsdAmount.of(usd));
    }

    @Test
    void coinsWithoutEnoughHistoryAreLeftOutSaidAndTheRestRenormalised() {
        List<RiskHolding> holdings = List.of(holding(BTC, MAJORS, "6", "600"), holding(ETH, MAJORS, "20", "200"),
                holding(NEW, OTHERS, "100", "150"), holding(XYZ, OTHERS, "1", "50"));

        RiskReport report = PortfolioRisk.report(holdings, history(), WINDOW, 0);

        Coverage coverage = report.coverage();
        assertThat(coverage.covered()).containsExactly(BTC, ETH); // ETH: 19 of 20 days, just enough
        assertThat(coverage.shortHistory()).containsExactly(new Coverage.ShortHistory(NEW, 10, D0.plusDays(10), D0.plusDays(19)));
        assertThat(coverage.withoutHistory()).containsExactly(XYZ);
        assertThat(coverage.valueShare().value()).isCloseTo(0.8, within(1e-15));
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.note()).isEqualTo("the figures cover 80.0 % of the portfolio's value (2 of 4 coins), weights"
                + " renormalised among them; left out: 1 with a short history, 1 without");
        // the common days of BTC and ETH: 19 closes (day 10 is ETH's gap), so 18 returns
        assertThat(report.fixedWeights().sample()).isEqualTo(new SampleWindow(365, D0, D0.plusDays(19), 18));
        assertThat(report.buyAndHold().sample()).isEqualTo(report.fixedWeights().sample());
        assertThat(report.contributions().coins()).extracting(RiskContributions.CoinShare::weight).containsExactly(0.75, 0.25);
        assertThat(report.correlation().assets()).containsExactly(BTC, ETH);
        // concentration is of every coin: 600, 200, 150, 50 of 1000
        assertThat(report.concentration().herfindahl().value()).isCloseTo(0.36 + 0.04 + 0.0225 + 0.0025, within(1e-15));

        // the same figures as a portfolio of only the covered coins: never as if the others were cash
        RiskReport coveredOnly = PortfolioRisk.report(holdings.subList(0, 2), history(), WINDOW, 0);
        assertThat(report.fixedWeights()).isEqualTo(coveredOnly.fixedWeights());
        assertThat(report.buyAndHold()).isEqualTo(coveredOnly.buyAndHold());
        assertThat(coveredOnly.coverage().complete()).isTrue();
    }

    @Test
    void fixedWeightsRebalanceDailyAndBuyAndHoldFollowsTheQuantities() {
        List<RiskHolding> holdings = List.of(holding(BTC, MAJORS, "6", "600"), holding(ETH, MAJORS, "20", "200"));
        RiskReport report = PortfolioRisk.report(holdings, history(), WINDOW, 0);

        // recomputed here from the closes' formulas on the 19 common days (day 10 is missing)
        List<double[]> days = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            if (t != 10) {
                days.add(new double[] {100 + t + (t % 3 == 0 ? -4 : 0), 10 + (t % 4) - (t % 7) * 0.5});
            }
        }
        double fixedSum = 0;
        double heldSum = 0;
        for (int i = 1; i < days.size(); i++) {
            double[] before = days.get(i - 1);
            double[] now = days.get(i);
            fixedSum += 0.75 * (now[0] / before[0] - 1) + 0.25 * (now[1] / before[1] - 1);
            heldSum += (6 * now[0] + 20 * now[1]) / (6 * before[0] + 20 * before[1]) - 1;
        }
        assertThat(report.fixedWeights().meanReturn().value()).isCloseTo(fixedSum / 18, within(1e-15));
        assertThat(report.buyAndHold().meanReturn().value()).isCloseTo(heldSum / 18, within(1e-15));
        // V_0 = 6 · 96 + 20 · 10 = 776, V_19 = 6 · 119 + 20 · (10 + 3 - 2.5) = 924, 19 calendar days apart
        assertThat(report.buyAndHold().cagr().value()).isCloseTo(Math.pow(924.0 / 776, 365.0 / 19) - 1, within(1e-12));
    }

    @Test
    void betaIsAgainstBtcEvenWhenThePortfolioDoesNotHoldIt() {
        RiskReport report = PortfolioRisk.report(List.of(holding(ETH, MAJORS, "20", "200")), history(), WINDOW, 0);
        AlignedCloses both = AlignedCloses.innerJoin(Map.of(BTC, history().get(BTC), ETH, history().get(ETH)),
                WINDOW.first(), WINDOW.last());
        DailyReturns returns = both.returns();
        int btc = both.assets().indexOf(BTC);
        double expected = ReturnStatistics.beta(returns.of(1 - btc), returns.of(btc)).value();
        assertThat(report.fixedWeights().betaVsBtc().value()).isCloseTo(expected, within(1e-15));
        assertThat(report.correlation().assets()).containsExactly(ETH); // BTC is a reference, not a holding
        assertThat(report.contributions().coins()).hasSize(1);

        Map<Asset, List<DailyClose>> shortBtc = history();
        shortBtc.put(BTC, shortBtc.get(BTC).subList(5, 20));
        RiskReport without = PortfolioRisk.report(List.of(holding(ETH, MAJORS, "20", "200")), shortBtc, WINDOW, 0);
        assertThat(without.fixedWeights().betaVsBtc().undefinedBecause()).isEqualTo("BTC's history does not cover the window");
        assertThat(without.fixedWeights().sample().observations()).isEqualTo(18); // BTC's short history cut no day
    }

    @Test
    void nothingCoveredGivesAReportThatSaysSo() {
        RiskReport report = PortfolioRisk.report(List.of(holding(NEW, OTHERS, "1", "10"), holding(XYZ, OTHERS, "1", "10")),
                history(), WINDOW, 0);
        assertThat(report.coverage().covered()).isEmpty();
        assertThat(report.coverage().valueShare().value()).isZero();
        assertThat(report.coverage().note()).startsWith("no coin of the portfolio has closes on 95 % of the window's days");
        assertThat(report.fixedWeights().sample().observations()).isZero();
        assertThat(report.fixedWeights().annualisedVolatility().undefinedBecause()).isEqualTo("there are no returns in the window");
        assertThat(report.correlation().size()).isZero();
        assertThat(report.concentration().top1().value()).isEqualTo(0.5);
        assertThat(report.fixedWeights().betaVsBtc().undefinedBecause()).isEqualTo("there are no returns in the window");

        RiskReport empty = PortfolioRisk.report(List.of(), history(), WINDOW, 0);
        assertThat(empty.coverage().note()).isEqualTo("the portfolio holds no coin worth counting: there are no figures");
        assertThat(empty.coverage().valueShare().isDefined()).isFalse();
        assertThat(empty.concentration().holdings()).isZero();
    }

    @Test
    void aCoinListedTwiceOrABadRateIsRefused() {
        List<RiskHolding> twice = List.of(holding(BTC, MAJORS, "1", "1"), holding(BTC, OTHERS, "1", "1"));
        assertThatThrownBy(() -> PortfolioRisk.report(twice, history(), WINDOW, 0))
                .hasMessage("BTC is listed twice: sum its holdings into one");
        assertThatThrownBy(() -> PortfolioRisk.report(List.of(), history(), WINDOW, Double.NaN))
                .hasMessage("an annual rate must be a number above -1, was NaN");
        assertThatThrownBy(() -> RiskWindow.ending(D0, 0)).hasMessage("a risk window needs at least one return day, was 0");
    }
}
