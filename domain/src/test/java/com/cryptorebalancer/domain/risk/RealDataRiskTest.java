package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BTC, ETH and SOL from 2022-02-20 to 2025-02-20 (1,097 common closes, 1,096 returns) from the shared CSVs.
 *
 * <p>Every expected number was computed independently with numpy 2.4.6 and scipy 1.17.1 by a script
 * written from risk-conventions.md (not from this code): {@code np.std(r, ddof=1)}, {@code np.quantile}
 * (linear, type 7), {@code scipy.stats.skew/kurtosis(bias=False)}, {@code scipy.stats.norm.ppf},
 * {@code np.corrcoef}, {@code np.cov}, drawdowns from {@code np.maximum.accumulate}.
 */
class RealDataRiskTest {

    private static final LocalDate FIRST = LocalDate.of(2022, 2, 20);
    private static final LocalDate LAST = LocalDate.of(2025, 2, 20);
    private static final RiskWindow WINDOW = new RiskWindow(FIRST, LAST);
    private static final Map<Asset, List<DailyClose>> HISTORY = SharedPriceHistory.closes("BTC", "ETH", "SOL", "SUI");
    private static final AlignedCloses ALIGNED = AlignedCloses.innerJoin(
            Map.of(Asset.of("BTC"), HISTORY.get(Asset.of("BTC")), Asset.of("ETH"), HISTORY.get(Asset.of("ETH")),
                    Asset.of("SOL"), HISTORY.get(Asset.of("SOL"))), FIRST, LAST);

    private static RiskFigures figuresOf(String coin) {
        int index = ALIGNED.assets().indexOf(Asset.of(coin));
        double[] btc = ALIGNED.returns().of(ALIGNED.assets().indexOf(Asset.of("BTC")));
        return RiskFigures.of(ValuePath.ofValues(ALIGNED.days(), ALIGNED.closesOf(index)), btc, 0);
    }

    private static void close(Figure actual, double expected) {
        assertThat(actual.value()).isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
    }

    @Test
    void bitcoin() {
        RiskFigures btc = figuresOf("BTC");
        assertThat(btc.sample()).isEqualTo(new SampleWindow(365, FIRST, LAST, 1096));
        close(btc.annualisedVolatility(), 0.5337828095706287);
        close(btc.sharpe(), 0.8483119964460598);
        close(btc.sortino(), 1.2654460016952793);
        assertThat(btc.maxDrawdown()).satisfies(dd -> {
            close(dd.depth(), -0.6673961608979899);
            assertThat(dd.peak()).isEqualTo("2022-03-29");
            assertThat(dd.trough()).isEqualTo("2022-11-21");
            assertThat(dd.recovery()).isEqualTo("2024-02-10");
            assertThat(dd.durationDays()).isEqualTo(683);
        });
        close(btc.cagr(), 0.36394944297239573);
        close(btc.calmar(), 0.5453274446210437);
        close(btc.skewness(), 0.08722664951954615);
        close(btc.excessKurtosis(), 4.142549264853469);
        close(btc.var95().historical(), -0.040452635772938145);
        close(btc.var95().gaussian(), -0.044715749958158545);
        close(btc.var95().cornishFisher(), -0.04168327116741334);
        close(btc.var95().historicalCvar(), -0.06334130386572107);
        close(btc.var99().historical(), -0.07125765159735344);
        close(btc.var99().gaussian(), -0.0637563374844631);
        close(btc.var99().cornishFisher(), -0.08894306190172997);
        close(btc.var99().historicalCvar(), -0.10182958327463165);
        close(btc.betaVsBtc(), 1.0);
    }

    @Test
    void etherAndItsBetaToBitcoin() {
        RiskFigures eth = figuresOf("ETH");
        close(eth.annualisedVolatility(), 0.6696774127945634);
        close(eth.betaVsBtc(), 1.054594201907964);
        close(eth.sharpe(), 0.35100661045013215);
        close(eth.sortino(), 0.5107027686554688);
        assertThat(eth.maxDrawdown().peak()).isEqualTo("2022-04-03");
        assertThat(eth.maxDrawdown().trough()).isEqualTo("2022-06-18");
        assertThat(eth.maxDrawdown().recovery()).isEqualTo("2024-03-04");
        close(eth.maxDrawdown().depth(), -0.717943870782727);
        close(eth.cagr(), 0.01133023354736995);
        close(eth.skewness(), 0.19715542373419812);
        close(eth.excessKurtosis(), 4.441416984013416);
        close(eth.var95().historical(), -0.054409974530280264);
        close(eth.var99().cornishFisher(), -0.1117027104624082);
        close(eth.var99().historicalCvar(), -0.12633851707616708);
        // with a 4 % risk-free rate: rf_p = 1.04^(1/365) - 1
        RiskFigures withRate = RiskFigures.of(ValuePath.ofValues(ALIGNED.days(), ALIGNED.closesOf(ALIGNED.assets()
                .indexOf(Asset.of("ETH")))), null, 0.04);
        close(withRate.sharpe(), 0.2924368876391248);
        close(withRate.sortino(), 0.4245600932536156);
    }

    @Test
    void solana() {
        RiskFigures sol = figuresOf("SOL");
        close(sol.annualisedVolatility(), 1.0003202322611202);
        close(sol.betaVsBtc(), 1.3480563257882927);
        close(sol.maxDrawdown().depth(), -0.9294333048332231);
        assertThat(sol.maxDrawdown().trough()).isEqualTo("2022-12-29");
        assertThat(sol.maxDrawdown().recovery()).isEqualTo("2024-03-07");
        assertThat(sol.maxDrawdown().durationDays()).isEqualTo(704);
        close(sol.excessKurtosis(), 6.83022748406106);
        close(sol.var99().cornishFisher(), -0.20031256798933927);
        close(sol.var95().historicalCvar(), -0.10775919647687003);
    }

    @Test
    void aPortfolioOfTheThreeInBothViews() {
        // 50,000 / 30,000 / 20,000 USD: weights 0.5 / 0.3 / 0.2; held as 0.5 BTC, 10 ETH, 100 SOL
        List<RiskHolding> holdings = List.of(holding("BTC", "0.5", "50000"), holding("ETH", "10", "30000"),
                holding("SOL", "100", "20000"));
        RiskReport report = PortfolioRisk.report(holdings, HISTORY, WINDOW, 0);

        RiskFigures fixed = report.fixedWeights();
        assertThat(fixed.sample()).isEqualTo(new SampleWindow(365, FIRST, LAST, 1096));
        close(fixed.annualisedVolatility(), 0.612735545412985);
        close(fixed.sharpe(), 0.719213857333854);
        close(fixed.sortino(), 1.045917600578377);
        close(fixed.maxDrawdown().depth(), -0.7351247269693013);
        assertThat(fixed.maxDrawdown().peak()).isEqualTo("2022-04-03");
        assertThat(fixed.maxDrawdown().trough()).isEqualTo("2022-11-21");
        assertThat(fixed.maxDrawdown().recovery()).isEqualTo("2024-02-12");
        close(fixed.cagr(), 0.28683991627133154);
        close(fixed.calmar(), 0.390192175216152);
        close(fixed.var95().historical(), -0.04827063794037506);
        close(fixed.var95().historicalCvar(), -0.0729649751144603);
        close(fixed.var99().gaussian(), -0.07340336790517298);
        close(fixed.skewness(), -0.10534323210037137);
        close(fixed.excessKurtosis(), 4.144849369698068);
        close(fixed.betaVsBtc(), 1.0859895257300478);

        RiskFigures held = report.buyAndHold();
        close(held.annualisedVolatility(), 0.6071376856940927);
        close(held.sharpe(), 0.5984236893559866);
        close(held.maxDrawdown().depth(), -0.7204900567687829);
        assertThat(held.maxDrawdown().recovery()).isEqualTo("2024-02-28");
        assertThat(held.maxDrawdown().durationDays()).isEqualTo(696);
        close(held.cagr(), 0.19523726862683244);
        close(held.var95().cornishFisher(), -0.04956716728945104);
        close(held.var99().historicalCvar(), -0.11902943916052668);
        close(held.betaVsBtc(), 1.0684689329458128);

        CorrelationMatrix rho = report.correlation();
        assertThat(rho.get(Asset.of("BTC"), Asset.of("ETH"))).isCloseTo(0.8405901786387651, within(1e-12));
        assertThat(rho.get(Asset.of("BTC"), Asset.of("SOL"))).isCloseTo(0.7193389375042653, within(1e-12));
        assertThat(rho.get(Asset.of("ETH"), Asset.of("SOL"))).isCloseTo(0.707372469594686, within(1e-12));

        assertThat(report.contributions().coins()).extracting(share -> share.share().value()).satisfiesExactly(
                btc -> assertThat(btc).isCloseTo(0.4120772679595756, within(1e-12)),
                eth -> assertThat(eth).isCloseTo(0.3032823148165006, within(1e-12)),
                sol -> assertThat(sol).isCloseTo(0.2846404172239239, within(1e-12)));
        assertThat(report.contributions().groups()).singleElement()
                .satisfies(group -> assertThat(group.share().value()).isCloseTo(1.0, within(1e-14)));
        assertThat(report.concentration().herfindahl().value()).isCloseTo(0.25 + 0.09 + 0.04, within(1e-15));
    }

    @Test
    void aCoinWhoseHistoryEndsInsideTheWindowIsLeftOutRatherThanShrinkingIt() {
        // SUI's closes run from 2022-03-18 to 2024-06-04: 810 of the window's 1,097 days
        List<RiskHolding> holdings = List.of(holding("BTC", "0.5", "50000"), holding("ETH", "10", "30000"),
                holding("SUI", "1000", "20000"));
        RiskReport report = PortfolioRisk.report(holdings, HISTORY, WINDOW, 0);

        assertThat(report.coverage().covered()).containsExactly(Asset.of("BTC"), Asset.of("ETH"));
        assertThat(report.coverage().shortHistory()).singleElement().satisfies(sui -> {
            assertThat(sui.coin()).isEqualTo(Asset.of("SUI"));
            assertThat(sui.days()).isEqualTo(810);
            assertThat(sui.first()).isEqualTo("2022-03-18");
            assertThat(sui.last()).isEqualTo("2024-06-04");
        });
        assertThat(report.coverage().valueShare().value()).isCloseTo(0.8, within(1e-15));
        assertThat(report.fixedWeights().sample()).isEqualTo(new SampleWindow(365, FIRST, LAST, 1096));
        assertThat(report.fixedWeights()).isEqualTo(PortfolioRisk.report(holdings.subList(0, 2), HISTORY, WINDOW, 0)
                .fixedWeights());
    }

    private static RiskHolding holding(String coin, String quantity, String usd) {
        return new RiskHolding(Asset.of(coin), Group.of("Crypto"), new BigDecimal(quantity), UsdAmount.of(usd));
    }
}
