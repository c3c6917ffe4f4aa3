package com.cryptorebalancer.application.risk;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.RiskQuery;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.risk.RiskContributions;
import com.cryptorebalancer.domain.risk.RiskReport;
import com.cryptorebalancer.domain.risk.SampleWindow;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate LAST = LocalDate.of(2025, 2, 20);
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset SOL = Asset.of("SOL");
    private static final Asset SUI = Asset.of("SUI");

    /** The store holding the shared real closes of these coins. */
    private final InMemoryPriceHistoryStore store = InMemoryPriceHistoryStore.of("BTC", "ETH", "SOL", "SUI", "DOGE");

    /**
     * 0.5 BTC over two places (50,000 USD), 10 ETH (30,000), 100 SOL (20,000), 1,000 SUI (5,000, its history
     * ends 2024-06-04), dust DOGE and a negative ETH balance, which the portfolio's totals leave out.
     */
    private static final Portfolio PORTFOLIO = aPortfolio()
            .with("BTC", "0.3", "30000").with("ETH", "10", "30000").with("SOL", "100", "20000")
            .with("SUI", "1000", "5000").with("DOGE", "1", "0.25").with("ETH", "-1", "-3000")
            .at("Ledger Wallets").with("BTC", "0.2", "20000")
            .classified();

    private static CurrentPortfolioUseCase current(Portfolio portfolio) {
        PortfolioOverview overview = PortfolioOverview.of(portfolio, UsdAmount.of("1"));
        CurrentPortfolio current = new CurrentPortfolio(new CurrentPortfolio.Basis(null, null, true, "test"), portfolio,
                new PortfolioView(overview, List.of()));
        return new CurrentPortfolioUseCase() {
            @Override
            public CurrentPortfolio current(BigDecimal minUsd) {
                return current;
            }

            @Override
            public Map<Asset, BigDecimal> quantities() {
                throw new UnsupportedOperationException("risk takes the quantities the view counts");
            }
        };
    }

    @Test
    void theCurrentPortfolioOverThreeYearsOfRealCloses() {
        RiskService service = new RiskService(current(PORTFOLIO), store, CLOCK);

        RiskReport report = service.risk(new RiskQuery(1096, LAST, 0));

        assertThat(report.window().first()).isEqualTo("2022-02-20");
        assertThat(report.coverage().covered()).containsExactly(BTC, ETH, SOL); // largest value first
        assertThat(report.coverage().shortHistory()).extracting(s -> s.coin()).containsExactly(SUI);
        assertThat(report.coverage().withoutHistory()).isEmpty();
        assertThat(report.coverage().totalValue().value()).isEqualByComparingTo("105000"); // no dust, no debt
        assertThat(report.coverage().valueShare().value()).isCloseTo(100000.0 / 105000, within(1e-15));
        // the three covered coins renormalised to 0.5 / 0.3 / 0.2, held as 0.5 BTC (both places), 10 ETH, 100 SOL:
        // the expected numbers are numpy's, as in the domain's RealDataRiskTest
        assertThat(report.fixedWeights().sample()).isEqualTo(new SampleWindow(365, LocalDate.of(2022, 2, 20), LAST, 1096));
        assertThat(report.fixedWeights().annualisedVolatility().value()).isCloseTo(0.612735545412985, within(1e-10));
        assertThat(report.fixedWeights().var95().historical().value()).isCloseTo(-0.04827063794037506, within(1e-12));
        assertThat(report.buyAndHold().cagr().value()).isCloseTo(0.19523726862683244, within(1e-10));
        assertThat(report.buyAndHold().maxDrawdown().recovery()).isEqualTo("2024-02-28");
        assertThat(report.fixedWeights().betaVsBtc().value()).isCloseTo(1.0859895257300478, within(1e-10));
        assertThat(report.contributions().groups()).extracting(RiskContributions.GroupShare::group)
                .containsExactly(Group.of("BTC"), Group.of("ETH"), Group.of("SOL"));
        assertThat(report.contributions().groups().get(0).share().value()).isCloseTo(0.4120772679595756, within(1e-12));
        // concentration counts SUI too: 50, 30, 20, 5 of 105
        assertThat(report.concentration().top1().value()).isCloseTo(50.0 / 105, within(1e-15));
        assertThat(store.asked()).contains("BTC 2022-02-20..2025-02-20").doesNotContain("DOGE 2022-02-20..2025-02-20");
    }

    @Test
    void withoutAnEndTheWindowEndsOnTheLatestStoredCloseOfThePortfoliosCoins() {
        RiskService service = new RiskService(current(aPortfolio().with("ETH", "1", "2700").classified()), store, CLOCK);

        RiskReport report = service.risk(RiskQuery.defaults());

        assertThat(report.window().last()).isEqualTo(LAST);
        assertThat(report.window().first()).isEqualTo(LAST.minusDays(365));
        assertThat(report.fixedWeights().sample().observations()).isEqualTo(365);
        // BTC is read as beta's benchmark though not held
        assertThat(report.fixedWeights().betaVsBtc().isDefined()).isTrue();
        assertThat(report.correlation().assets()).containsExactly(ETH);
    }

    @Test
    void aPortfolioWithNoStoredHistoryEndsYesterdayAndSaysNothingIsCovered() {
        RiskService service = new RiskService(current(aPortfolio().with("XYZ", "5", "100").classified()), store, CLOCK);

        RiskReport report = service.risk(RiskQuery.defaults());

        assertThat(report.window().last()).isEqualTo("2026-11-24");
        assertThat(report.coverage().withoutHistory()).containsExactly(Asset.of("XYZ"));
        assertThat(report.coverage().note()).startsWith("no coin of the portfolio has closes");
        assertThat(report.fixedWeights().sharpe().isDefined()).isFalse();
    }

    @Test
    void theQueryRefusesBadValuesNamingTheField() {
        assertThatThrownBy(() -> new RiskQuery(1, null, 0)).isInstanceOf(InvalidCommandException.class)
                .hasMessage("window_days must be 2 to 3650, was 1")
                .satisfies(e -> assertThat(((InvalidCommandException) e).field()).isEqualTo("window_days"));
        assertThatThrownBy(() -> new RiskQuery(3651, null, 0)).hasMessageContaining("was 3651");
        for (double bad : new double[] {Double.NaN, -1, 5, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new RiskQuery(365, null, bad)).isInstanceOf(InvalidCommandException.class)
                    .satisfies(e -> assertThat(((InvalidCommandException) e).field()).isEqualTo("risk_free_rate"))
                    .hasMessageContaining("(0.04 for 4 %), was " + bad);
        }
        assertThat(RiskQuery.of(null, null, null)).isEqualTo(RiskQuery.defaults());
        assertThat(RiskQuery.of(30, LAST, 0.04)).isEqualTo(new RiskQuery(30, LAST, 0.04));
    }
}
