package com.cryptorebalancer.application.report;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static com.cryptorebalancer.domain.testdata.TargetAllocationTestData.sixtyForty;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.RebalancePlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportTest {

    private static PlanReport report() {
        Portfolio portfolio = aPortfolio().at("Ledger Wallets").with("BTC", "0.5", "30000")
                .at("Binance").with("USDT", "10000.005", "10000").with("ETH", "-0.1", "-300").classified();
        RebalancePlan plan = RebalancePlanner.plan(portfolio, portfolio.localPrices(), sixtyForty(), PlanOptions.defaults());
        return PlanReport.of(new PlanResult(plan, portfolio.localPrices(), "local", List.of()));
    }

    @Test
    void amountsAreStringsWithTwoDecimalsAndQuantitiesAtFullPrecision() {
        PlanReport report = report();

        assertThat(report.totals().portfolioUsd()).isEqualTo("40000.00");
        PlanReport.ActionLine sell = report.actions().get(0);
        assertThat(sell.action()).isEqualTo("sell");
        assertThat(sell.usd()).isEqualTo("6000.00");
        assertThat(sell.estQuantity()).isEqualTo("0.1");
        assertThat(sell.priceUsed()).isEqualTo("60000");
        assertThat(sell.locationKind()).isEqualTo("hardware_wallet");
        assertThat(sell.execKind()).isEqualTo("transfer_from_hardware_then_sell");
        assertThat(sell.groupCurrentPct()).isEqualTo("75.00");
        assertThat(sell.groupDriftPp()).isEqualTo("15.00");
        // USDT at 10000 / 10000.005 = 0.9999995000002500 USD (16 digits): 6000 USD buys 6000.0029999985, down to 8 decimals
        assertThat(report.actions().get(1).estQuantity()).isEqualTo("6000.00299999");
    }

    @Test
    void eachKindOfActionStatesItsRoundingOnce() {
        assertThat(report().rounding()).containsOnlyKeys("buy", "sell")
                .hasEntrySatisfying("sell", rule -> assertThat(rule).contains("rounded down to 8 decimals"));
    }

    @Test
    void negativeBalancesAreListedWithTheirValue() {
        assertThat(report().skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.reason()).isEqualTo("negative_balance");
            assertThat(skipped.usd()).isEqualTo("-300.00");
            assertThat(skipped.symbol()).isEqualTo("ETH");
        });
    }

    @Test
    void groupsEndAtTheirTargetAfterThePlan() {
        assertThat(report().groups()).filteredOn(g -> g.group().equals("BTC")).singleElement().satisfies(g -> {
            assertThat(g.afterUsd()).isEqualTo("24000.00");
            assertThat(g.afterPct()).isEqualTo("60.00");
            assertThat(g.status()).isEqualTo("sell");
        });
    }
}
