package com.cryptorebalancer.domain.rebalancing;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static com.cryptorebalancer.domain.testdata.TargetAllocationTestData.sixtyForty;
import static com.cryptorebalancer.domain.testdata.TargetAllocationTestData.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.testdata.PriceBookTestData;
import java.math.BigDecimal;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebalancePlannerTest {

    private static RebalancePlan plan(Portfolio portfolio, TargetAllocation targets, PlanOptions options) {
        return RebalancePlanner.plan(portfolio, portfolio.localPrices(), targets, options);
    }

    private static List<TradeAction> actions(RebalancePlan plan, Side side) {
        return plan.actions().stream().filter(a -> a.side() == side).toList();
    }

    @Test
    void fullModeSellsTheOverweightGroupAndBuysTheUnderweightOneCashNeutral() {
        Portfolio portfolio = aPortfolio().with("BTC", "0.5", "30000").with("USDT", "10000", "10000").classified();

        RebalancePlan plan = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(plan.total().value()).isEqualByComparingTo("40000");
        TradeAction sell = actions(plan, Side.SELL).get(0);
        assertThat(sell.coin()).isEqualTo(Asset.of("BTC"));
        assertThat(sell.usd().value()).isEqualByComparingTo("6000");
        assertThat(sell.estQuantity()).isEqualByComparingTo("0.1");
        TradeAction buy = actions(plan, Side.BUY).get(0);
        assertThat(buy.coin()).isEqualTo(Asset.of("USDT"));
        assertThat(buy.usd().value()).isEqualByComparingTo("6000");
        assertThat(buy.location().name()).isEqualTo("Binance");
        assertThat(plan.sellTotal().value()).isEqualByComparingTo(plan.buyTotal().value());
        assertThat(plan.unallocated().value()).isEqualByComparingTo("0");
    }

    @Test
    void sellsComeFromExchangeSpotThenEarnThenWalletsThenHardwareLargerFirst() {
        Portfolio portfolio = aPortfolio()
                .at("Ledger Wallets").with("BTC", "1", "60000")
                .at("Kraken Earn").with("BTC", "0.1", "6000")
                .at("Metamask - ETH").with("BTC", "0.05", "3000")
                .at("Kraken").with("BTC", "0.02", "1200")
                .at("Binance").with("BTC", "0.03", "1800")
                .with("USDT", "28000", "28000")
                .classified();

        // 100,000 in total; BTC 72,000 against a target of 50,000: sell 22,000 of BTC
        RebalancePlan plan = plan(portfolio, targets("BTC", "50", "Stablecoins", "50"), PlanOptions.defaults());

        List<TradeAction> sells = actions(plan, Side.SELL);
        assertThat(sells).extracting(a -> a.location().name())
                .containsExactly("Binance", "Kraken", "Kraken Earn", "Metamask - ETH", "Ledger Wallets");
        assertThat(sells).extracting(a -> a.usd().toCentsString())
                .containsExactly("1800.00", "1200.00", "6000.00", "3000.00", "10000.00");
        assertThat(sells.get(4).execHint()).contains("transfer").contains("Ledger Wallets").contains("sign on the device");
        assertThat(sells.get(2).execHint()).contains("redeem");
        assertThat(sells.get(0).estQuantity()).isEqualByComparingTo("0.03");
    }

    @Test
    void anExchangesFuturesAccountSellsAfterItsSpotAccountsAndReceivesNoBuys() {
        Portfolio portfolio = aPortfolio()
                .at("Binance Futures").with("BTC", "1", "50000").with("USDT", "1000", "1000")
                .at("Kraken").with("BTC", "0.1", "5000").with("ETH", "1", "3000")
                .classified();

        RebalancePlan plan = plan(portfolio, targets("BTC", "40", "ETH", "30", "Stablecoins", "30"), PlanOptions.defaults());

        // BTC 55000 of 59000, target 23600: sell 31400, first all 5000 at Kraken, then 26400 from the futures account
        assertThat(actions(plan, Side.SELL)).extracting(a -> a.location().name() + " " + a.usd().toCentsString())
                .containsExactly("Kraken 5000.00", "Binance Futures 26400.00");
        assertThat(actions(plan, Side.SELL).get(1).execHint()).startsWith("transfer BTC from Binance Futures to the exchange's spot account");
        assertThat(buyOf(plan, "USDT").location().name()).isEqualTo("Kraken");
    }

    @Test
    void aSellNeverExceedsWhatALocationHolds() {
        Portfolio portfolio = aPortfolio()
                .at("Kraken").with("ETH", "1", "3000")
                .at("Ledger Wallets").with("ETH", "2", "6000")
                .at("Binance").with("USDC", "1000", "1000")
                .classified();

        RebalancePlan plan = plan(portfolio, targets("ETH", "10", "Stablecoins", "90"), PlanOptions.defaults());

        // ETH 9000 of 10000; target 1000: sell 8000, 3000 from Kraken (all of it) and 5000 from the Ledger
        List<TradeAction> sells = actions(plan, Side.SELL);
        assertThat(sells).hasSize(2);
        assertThat(sells.get(0).location().name()).isEqualTo("Kraken");
        assertThat(sells.get(0).usd().value()).isEqualByComparingTo("3000");
        assertThat(sells.get(0).estQuantity()).isEqualByComparingTo("1");
        assertThat(sells.get(0).execHint()).contains("all ETH");
        assertThat(sells.get(1).usd().value()).isEqualByComparingTo("5000");
        assertThat(sells.get(1).estQuantity()).isEqualByComparingTo("1.66666666");
    }

    @Test
    void negativeBalancesAreReportedAndNeverSoldOrNetted() {
        Portfolio portfolio = aPortfolio()
                .with("BTC", "1", "60000").with("BTC", "-0.1", "-6000")
                .at("Kraken").with("USDT", "40000", "40000")
                .classified();

        RebalancePlan plan = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(plan.total().value()).isEqualByComparingTo("100000");
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.NEGATIVE_BALANCE);
            assertThat(s.usd().value()).isEqualByComparingTo("-6000");
            assertThat(s.coin()).isEqualTo(Asset.of("BTC"));
        });
    }

    @Test
    void anUnpricedCoinIsSkippedWithNoPriceNotValuedAtZero() {
        Portfolio portfolio = aPortfolio()
                .with("BTC", "1", "60000").unpriced("LUNA", "1000")
                .with("USDT", "40000", "40000")
                .classified();

        RebalancePlan plan = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.NO_PRICE);
            assertThat(s.coin()).isEqualTo(Asset.of("LUNA"));
        });
        assertThat(plan.total().value()).isEqualByComparingTo("100000");
        assertThat(plan.actions()).noneMatch(a -> a.coin().equals(Asset.of("LUNA")));
    }

    @Test
    void dustBelowMinUsdIsLeftOutAndReported() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "60000").with("DOGE", "3", "0.60")
                .with("USDT", "40000", "40000").classified();

        RebalancePlan plan = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(plan.total().value()).isEqualByComparingTo("100000");
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.DUST);
            assertThat(s.coin()).isEqualTo(Asset.of("DOGE"));
            assertThat(s.usd().value()).isEqualByComparingTo("0.60");
        });
    }

    @Test
    void aGroupCloserToTargetThanTheMinimumTradeDoesNotTrade() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "60010").with("USDT", "39990", "39990").classified();

        RebalancePlan plan = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.skipped()).filteredOn(s -> s.reason() == SkipReason.BELOW_MIN_TRADE).hasSize(2);
        assertThat(plan.groups()).filteredOn(g -> g.group().name().equals("BTC"))
                .extracting(GroupPlan::status).containsExactly(GroupPlan.Status.BELOW_MIN_TRADE);
    }

    @Test
    void buysGoWhereTheCoinIsHeldElseTheGroupsMainExchangeElseThePortfoliosMainExchange() {
        Portfolio portfolio = aPortfolio()
                .at("Binance").with("BTC", "1", "70000")
                .at("Kraken").with("ETH", "1", "3000").with("ARB", "10000", "5000")
                .at("Coinbase").with("OP", "1000", "1000")
                .at("Ledger Wallets").with("UNI", "100", "1000")
                .classified();
        PriceBook prices = PriceBookTestData.prices("BTC", "70000", "ETH", "3000", "ARB", "0.5", "OP", "1", "UNI", "10");

        RebalancePlan plan = RebalancePlanner.plan(portfolio, prices,
                targets("BTC", "40", "ETH", "30", "L2/Scaling", "20", "DeFi", "10"), PlanOptions.defaults());

        assertThat(buyOf(plan, "ETH").location().name()).isEqualTo("Kraken");
        assertThat(buyOf(plan, "ETH").execHint()).contains("already held");
        assertThat(buyOf(plan, "OP").location().name()).isEqualTo("Coinbase");
        // UNI is only on a hardware wallet, and DeFi holds nothing on an exchange: the portfolio's main exchange
        assertThat(buyOf(plan, "UNI").location().name()).isEqualTo("Binance");
        assertThat(buyOf(plan, "UNI").execHint()).contains("portfolio's main exchange");
    }

    @Test
    void anEmptyGroupBuysItsDefaultCoinWhenPricedAndReportsNoPriceOtherwise() {
        Portfolio portfolio = aPortfolio().with("USDT", "10000", "10000").classified();

        RebalancePlan priced = RebalancePlanner.plan(portfolio, PriceBookTestData.prices("USDT", "1", "BTC", "50000"),
                sixtyForty(), PlanOptions.defaults());
        RebalancePlan unpriced = plan(portfolio, sixtyForty(), PlanOptions.defaults());

        assertThat(buyOf(priced, "BTC").usd().value()).isEqualByComparingTo("6000");
        assertThat(buyOf(priced, "BTC").estQuantity()).isEqualByComparingTo("0.12");
        assertThat(unpriced.actions()).filteredOn(a -> a.side() == Side.BUY).isEmpty();
        assertThat(unpriced.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.NO_PRICE);
            assertThat(s.coin()).isEqualTo(Asset.of("BTC"));
        });
        assertThat(unpriced.unallocated().value()).isEqualByComparingTo("6000");
        assertThat(priced.warnings()).isEmpty();
        assertThat(unpriced.warnings()).containsExactly("6000.00 USD raised by sells or given as cash is not spent"
                + " (nothing could be bought for BTC); see the skipped items, or sell less");
    }

    @Test
    void aGroupWithNoCoinAndNoDefaultIsReportedAsNoCoinToBuy() {
        Portfolio portfolio = aPortfolio().with("USDT", "10000", "10000").classified();

        RebalancePlan plan = plan(portfolio, targets("DeFi", "50", "Stablecoins", "50"), PlanOptions.defaults());

        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.NO_COIN_TO_BUY);
            assertThat(s.group()).isEqualTo(Group.of("DeFi"));
            assertThat(s.usd().value()).isEqualByComparingTo("5000");
        });
        assertThat(plan.unallocated().value()).isEqualByComparingTo("5000");
        assertThat(plan.warnings()).singleElement().asString().startsWith("5000.00 USD raised")
                .contains("nothing could be bought for DeFi");
    }

    @Test
    void primaryCoinsReceiveTheGroupsBuysByWeight() {
        Portfolio portfolio = aPortfolio().with("USDT", "10000", "10000").with("ADA", "100", "100")
                .with("DOT", "10", "40").with("ATOM", "10", "50").classified();
        SubAllocation primaries = SubAllocation.withPrimaries(Map.of(Group.of("L1/L0 majors"),
                List.of(new PrimaryCoin(Asset.of("ADA"), new BigDecimal("3")), PrimaryCoin.of("DOT"))), Taxonomy.defaults());

        RebalancePlan plan = plan(portfolio, targets("Stablecoins", "50", "L1/L0 majors", "50"),
                PlanOptions.defaults().withSubAllocation(primaries));

        // total 10190; L1 target 5095, holds 190: buy 4905, ADA 3/4 and DOT 1/4, nothing for ATOM
        assertThat(buyOf(plan, "ADA").usd().value()).isEqualByComparingTo("3678.75");
        assertThat(buyOf(plan, "DOT").usd().value()).isEqualByComparingTo("1226.25");
        assertThat(plan.actions()).noneMatch(a -> a.coin().equals(Asset.of("ATOM")));
    }

    @Test
    void aPrimaryCoinIsResolvedToItsCoinAndMustBelongToItsGroup() {
        SubAllocation sol2 = SubAllocation.withPrimaries(Map.of(Group.of("SOL"), List.of(PrimaryCoin.of("SOL2"))),
                Taxonomy.defaults());

        assertThat(sol2.primaries(Group.of("SOL")).orElseThrow()).extracting(PrimaryCoin::coin).containsExactly(Asset.of("SOL"));
        assertThatThrownBy(() -> SubAllocation.withPrimaries(Map.of(Group.of("BTC"), List.of(PrimaryCoin.of("ETH"))),
                Taxonomy.defaults())).hasMessageContaining("primary coin ETH of BTC is in ETH");
        assertThatThrownBy(() -> SubAllocation.withPrimaries(Map.of(Group.of("SOL"),
                List.of(PrimaryCoin.of("SOL"), PrimaryCoin.of("SOL2"))), Taxonomy.defaults())).hasMessageContaining("listed twice");
    }

    @Test
    void aDefaultCoinMovedToAnotherGroupIsNoLongerBoughtForItsOldGroup() {
        Taxonomy usdcIsDefi = Taxonomy.withOverrides(TaxonomyOverrides.NONE.withAlias(Asset.of("USDC"), Group.of("DeFi")));
        Portfolio portfolio = aPortfolio().with("BTC", "1", "10000").classified(usdcIsDefi);

        RebalancePlan plan = RebalancePlanner.plan(portfolio, PriceBookTestData.prices("BTC", "10000", "USDC", "1"),
                TargetAllocation.of(Map.of("BTC", new BigDecimal("50"), "Stablecoins", new BigDecimal("50")), usdcIsDefi),
                PlanOptions.defaults());

        assertThat(plan.actions()).noneMatch(a -> a.side() == Side.BUY);
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.NO_COIN_TO_BUY));
    }

    @Test
    void buysInProportionLeaveOutCoinsWhosePartIsBelowTheMinimumTrade() {
        Portfolio portfolio = aPortfolio().with("USDT", "10000", "10000").with("UNI", "100", "990")
                .with("AAVE", "1", "10").classified();

        RebalancePlan plan = plan(portfolio, targets("Stablecoins", "60", "DeFi", "40"), PlanOptions.defaults());

        // DeFi 1000 of 11000, target 4400: buy 3400; AAVE's part would be 34.00 at 1 %... it is 34 >= 25, kept
        assertThat(buyOf(plan, "AAVE").usd().value()).isEqualByComparingTo("34.00");
        RebalancePlan coarse = plan(portfolio, targets("Stablecoins", "60", "DeFi", "40"),
                PlanOptions.defaults().withMinTrade(UsdAmount.of("50")));
        assertThat(coarse.actions()).noneMatch(a -> a.coin().equals(Asset.of("AAVE")));
        assertThat(buyOf(coarse, "UNI").usd().value()).isEqualByComparingTo("3400");
    }

    @Test
    void buyOnlyFillsTheLargestGapFirstAndNeverSells() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "70000").with("ETH", "5", "15000")
                .with("USDT", "15000", "15000").classified();
        PlanOptions options = PlanOptions.defaults().withCash(UsdAmount.of("10000")).withMode(RebalanceMode.BUY_ONLY, null);

        RebalancePlan plan = plan(portfolio, targets("BTC", "50", "ETH", "30", "Stablecoins", "20"), options);

        // of 110,000: BTC 70,000 is above its 55,000; ETH is 18,000 short of 33,000, Stablecoins 7,000 short of
        // 22,000. All 10,000 go to ETH, whose gap (8,000 after) is still the largest.
        assertThat(actions(plan, Side.SELL)).isEmpty();
        assertThat(buyOf(plan, "ETH").usd().value()).isEqualByComparingTo("10000");
        assertThat(plan.actions()).noneMatch(a -> a.coin().equals(Asset.of("USDT")));
        assertThat(plan.skipped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.NO_SELLS_IN_MODE));
    }

    @Test
    void buyOnlyBringsTheLargestGapsDownToTheSameShortfall() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "60000").with("ETH", "5", "10000")
                .with("USDT", "20000", "20000").classified();
        PlanOptions options = PlanOptions.defaults().withCash(UsdAmount.of("10000")).withMode(RebalanceMode.BUY_ONLY, null);

        RebalancePlan plan = plan(portfolio, targets("BTC", "40", "ETH", "40", "Stablecoins", "20"), options);

        // of 100,000: BTC 60,000 is above 40,000; ETH is 30,000 short of 40,000 and Stablecoins exactly on 20,000:
        // the cash goes to ETH only
        assertThat(buyOf(plan, "ETH").usd().value()).isEqualByComparingTo("10000");
        RebalancePlan more = plan(portfolio, targets("BTC", "40", "ETH", "40", "Stablecoins", "20"),
                options.withCash(UsdAmount.of("40000")));
        // of 130,000: ETH 52,000 target (42,000 short), Stablecoins 26,000 (6,000 short); 40,000 leaves both 4,000 short
        assertThat(buyOf(more, "ETH").usd().value()).isEqualByComparingTo("38000");
        assertThat(buyOf(more, "USDT").usd().value()).isEqualByComparingTo("2000");
    }

    @Test
    void bandsModeTradesOnlyGroupsOutsideTheirBand() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "46000").with("ETH", "10", "31000")
                .with("USDT", "23000", "23000").classified();
        TargetAllocation targets = targets("BTC", "40", "ETH", "30", "Stablecoins", "30");
        Band fivePoints = new Band(new BigDecimal("5"), Band.Unit.POINTS, Band.Goal.TARGET);

        RebalancePlan plan = plan(portfolio, targets, PlanOptions.defaults().withMode(RebalanceMode.BANDS, fivePoints));

        // BTC +6 pp and Stablecoins -7 pp are outside 5 pp; ETH +1 pp is inside and must not trade
        assertThat(plan.actions()).noneMatch(a -> a.group().name().equals("ETH"));
        assertThat(actions(plan, Side.SELL)).singleElement().satisfies(a -> assertThat(a.usd().value()).isEqualByComparingTo("6000"));
        assertThat(buyOf(plan, "USDT").usd().value()).isEqualByComparingTo("6000");
        assertThat(plan.unallocated().value()).isEqualByComparingTo("0");
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.WITHIN_BAND);
            assertThat(s.group().name()).isEqualTo("ETH");
        });
    }

    @Test
    void bandsToEdgeStopsAtTheBandAndKeepsTheRestAsUnallocatedCash() {
        Portfolio portfolio = aPortfolio().with("BTC", "1", "50000").with("ETH", "10", "30000")
                .with("USDT", "20000", "20000").classified();
        Band relative = new Band(new BigDecimal("20"), Band.Unit.RELATIVE, Band.Goal.EDGE);

        RebalancePlan plan = plan(portfolio, targets("BTC", "40", "ETH", "30", "Stablecoins", "30"),
                PlanOptions.defaults().withMode(RebalanceMode.BANDS, relative));

        // BTC band 40 % +- 8 pp: at 50 % it goes to the edge, 48 %, selling 2000. Stablecoins: 30 % +- 6 pp, at 20 %
        // it goes to 24 %: buy 4000, but only 2000 was raised, so the buy is scaled down and the rest reported
        assertThat(actions(plan, Side.SELL)).singleElement().satisfies(a -> assertThat(a.usd().value()).isEqualByComparingTo("2000"));
        assertThat(buyOf(plan, "USDT").usd().value()).isEqualByComparingTo("2000");
        assertThat(plan.skipped()).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.UNFUNDED);
            assertThat(s.usd().value()).isEqualByComparingTo("2000");
        });
    }

    @Test
    void everyActionExplainsItselfWithWeightsDriftPriceAndRounding() {
        Portfolio portfolio = aPortfolio().at("Kraken").with("BTC", "0.5", "30000").with("USDT", "10000", "10000").classified();

        TradeAction sell = actions(plan(portfolio, sixtyForty(), PlanOptions.defaults()), Side.SELL).get(0);

        assertThat(sell.drift().current().toPercent()).isEqualByComparingTo("75.00");
        assertThat(sell.drift().target().toPercent()).isEqualByComparingTo("60.00");
        assertThat(sell.drift().driftPoints()).isEqualByComparingTo("15.00");
        assertThat(sell.price().usd()).isEqualByComparingTo("60000");
        assertThat(sell.price().source().name()).isEqualTo("local");
        assertThat(sell.price().asOf()).hasToString("2025-08-26T00:00:00Z");
        assertThat(sell.reason()).contains("75.00 %").contains("60.00 %").contains("6000.00 USD");
        assertThat(sell.rounding()).contains("rounded down");
        assertThat(sell.location().kind()).isEqualTo(LocationKind.EXCHANGE_SPOT);
    }

    @Test
    void oneLocationSpelledTwoWaysIsShownOneWayWhateverTheOrderOfTheRows() {
        List<Holding> rows = List.of(HoldingsTestData.holding("ZED", "Zed Two", "kraken", "10", "100"),
                HoldingsTestData.holding("ZED", "Zed One", "Kraken Balance", "10", "100"),
                HoldingsTestData.holding("BTC", null, "Kraken", "1", "60000"));
        List<Holding> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);

        RebalancePlan plan = plan(Portfolio.classify(rows, Taxonomy.defaults()), targets("BTC", "100"), PlanOptions.defaults());
        RebalancePlan again = plan(Portfolio.classify(reversed, Taxonomy.defaults()), targets("BTC", "100"), PlanOptions.defaults());

        assertThat(again).hasToString(plan.toString());
        assertThat(plan.actions()).extracting(a -> a.location().name()).containsOnly("Kraken");
        assertThat(plan.unknownAliases()).singleElement().satisfies(u -> assertThat(u.coinName()).isEqualTo("Zed One"));
    }

    @Test
    void krakensStakedBalancesAreSoldFromItsStakingAccountNotItsSpotAccount() {
        Portfolio portfolio = aPortfolio().at("Kraken").with("DOT", "100", "400").with("DOT.S", "1000", "4000")
                .with("USDT", "4400", "4400").classified();

        RebalancePlan plan = plan(portfolio, targets("L1/L0 majors", "10", "Stablecoins", "90"), PlanOptions.defaults());

        // 8800 in all, DOT 4400 against 880: sell 3520, first the 400 on the spot account, then 3120 staked
        assertThat(actions(plan, Side.SELL)).extracting(a -> a.location().name() + " " + a.usd().toCentsString())
                .containsExactly("Kraken 400.00", "Kraken staking 3120.00");
        assertThat(actions(plan, Side.SELL).get(1).location().kind()).isEqualTo(LocationKind.EXCHANGE_EARN);
        assertThat(actions(plan, Side.SELL).get(1).execHint()).startsWith("redeem DOT from Kraken staking first");
    }

    @Test
    void theSamePortfolioSpelledTwoWaysIsOneCoin() {
        Portfolio portfolio = aPortfolio().at("Binance").with("SOL", "10", "2000").with("SOL2", "5", "1000")
                .with("USDT", "1000", "1000").classified();

        RebalancePlan plan = plan(portfolio, targets("SOL", "50", "Stablecoins", "50"), PlanOptions.defaults());

        // SOL and SOL2 at Binance merge into one holding of 15 SOL worth 3000; sell 1000 of it
        assertThat(actions(plan, Side.SELL)).singleElement().satisfies(a -> {
            assertThat(a.coin()).isEqualTo(Asset.of("SOL"));
            assertThat(a.usd().value()).isEqualByComparingTo("1000");
            assertThat(a.estQuantity()).isEqualByComparingTo("5");
        });
    }

    private static TradeAction buyOf(RebalancePlan plan, String symbol) {
        return plan.actions().stream().filter(a -> a.side() == Side.BUY && a.coin().equals(Asset.of(symbol)))
                .findFirst().orElseThrow(() -> new AssertionError("no buy of " + symbol + " in " + plan.actions()));
    }
}
