package com.cryptorebalancer.application.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.SuggestQuery;
import com.cryptorebalancer.application.port.in.SuggestResult.LeftOut;
import com.cryptorebalancer.application.port.in.SuggestResult;
import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.DailyReturns;
import com.cryptorebalancer.domain.risk.SampleStatistics;
import com.cryptorebalancer.domain.suggest.CovarianceEstimator;
import com.cryptorebalancer.domain.suggest.SuggestedWeight;
import com.cryptorebalancer.domain.suggest.SuggestionMethod;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Suggestions for a portfolio of 78,000 USD over the shared real closes. Stored: the shared closes of its
 * coins (not UNI's: that file's series, near 0.0002 USD with daily jumps of 1000x, is not Uniswap); USDT has none; SUI's end on 2024-06-04 and PEPE's on 2022-12-11, before the default window
 * 2024-02-21 to 2025-02-20 (365 returns to the latest stored day).
 */
class SuggestServiceTest {

    private static final Portfolio PORTFOLIO = HoldingsTestData.aPortfolio()
            .with("BTC", "0.5", "30000").with("ETH", "5", "15000").with("SOL", "50", "7500")
            .with("BNB", "10", "6000").with("XRP", "1000", "2000").with("SUI", "1000", "2000")
            .with("LINK", "100", "1500").with("AAVE", "10", "1000")
            .with("DOGE", "10000", "2500").with("PEPE", "50000000", "500")
            .with("USDT", "10000", "10000").classified(Taxonomy.defaults());

    private final InMemoryPriceHistoryStore store = InMemoryPriceHistoryStore.of("BTC", "ETH", "SOL", "BNB", "XRP", "SUI", "LINK",
            "AAVE", "DOGE", "PEPE", "SHIB");
    private final CapturingProfiles profiles = new CapturingProfiles();
    private final SuggestService service = new SuggestService(new FixedPortfolio(PORTFOLIO), store, profiles);

    private static SuggestQuery query(SuggestionMethod method, SuggestQuery.Level level, Map<String, BigDecimal> floors,
                                      Map<String, BigDecimal> caps) {
        return new SuggestQuery(method, level, null, null, floors, caps, null, null);
    }

    private static Map<String, BigDecimal> percents(String... nameThenPercent) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        for (int i = 0; i < nameThenPercent.length; i += 2) {
            percents.put(nameThenPercent[i], new BigDecimal(nameThenPercent[i + 1]));
        }
        return percents;
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessageContaining(message);
    }

    @Test
    void groupsByDefaultOverAYearToTheLatestStoredDayWithWhatIsLeftOut() {
        SuggestResult result = service.suggest(SuggestQuery.of(SuggestionMethod.MIN_VARIANCE));

        assertThat(result.level()).isEqualTo(SuggestQuery.Level.GROUPS);
        assertThat(result.first()).isEqualTo(LocalDate.parse("2024-02-21"));
        assertThat(result.last()).isEqualTo(LocalDate.parse("2025-02-20"));
        assertThat(result.suggestion().observations()).isEqualTo(365);
        assertThat(result.suggestion().weights()).extracting(SuggestedWeight::name)
                .containsExactly("BTC", "ETH", "SOL", "L1/L0 majors", "DeFi", "Memecoins");
        assertThat(result.leftOut()).extracting(out -> out.name() + " " + out.kind() + " " + out.valueUsd().toPlainString())
                .containsExactlyInAnyOrder("Stablecoins GROUP 10000", "SUI COIN 2000", "PEPE COIN 500");
        assertThat(reason(result, "Stablecoins")).isEqualTo("none of its coins has history over the window "
                + "(USDT: no stored daily closes from 2024-02-21 to 2025-02-20)");
        assertThat(reason(result, "SUI")).isEqualTo("stored daily closes cover only 2024-02-21 to 2024-06-04 of the "
                + "window 2024-02-21 to 2025-02-20; left out of the L1/L0 majors index");
        // covered: 78,000 - SUI 2,000 - PEPE 500 - USDT 10,000 = 65,500, i.e. 83.974 %
        assertThat(result.totalUsd()).isEqualByComparingTo("78000");
        assertThat(result.coveredPercent()).isEqualByComparingTo("83.97");
        assertThat(result.notes().get(0)).contains("cover 83.97 % of the portfolio's value");
        // current weights relative to the groups suggested for (68,000 USD; L1/L0 majors counts SUI too)
        assertThat(weight(result, "BTC").currentWeight()).isCloseTo(30000.0 / 68000, offset(1e-12));
        assertThat(weight(result, "L1/L0 majors").currentWeight()).isCloseTo(10000.0 / 68000, offset(1e-12));
        assertThat(result.components()).filteredOn(c -> c.asset().equals("L1/L0 majors"))
                .extracting(c -> c.coin() + " " + c.indexWeight()).containsExactly("BNB 0.75", "XRP 0.25");
        assertThat(result.suggestion().weights().stream().mapToDouble(SuggestedWeight::weight).sum())
                .isCloseTo(1, offset(1e-12));
    }

    @Test
    void groupsAreValueWeightedIndicesOfTheirCoins() {
        SuggestResult result = service.suggest(SuggestQuery.of(SuggestionMethod.RISK_PARITY));

        // the current portfolio as coins: group weight (of 68,000) × the coin's share of the group's covered value
        Map<String, Double> coinWeights = new LinkedHashMap<>();
        coinWeights.put("BTC", 30000.0 / 68000);
        coinWeights.put("ETH", 15000.0 / 68000);
        coinWeights.put("SOL", 7500.0 / 68000);
        coinWeights.put("BNB", 10000.0 / 68000 * 0.75);
        coinWeights.put("XRP", 10000.0 / 68000 * 0.25);
        coinWeights.put("LINK", 2500.0 / 68000 * 0.6);
        coinWeights.put("AAVE", 2500.0 / 68000 * 0.4);
        coinWeights.put("DOGE", 3000.0 / 68000);
        DailyReturns coins = AlignedCloses.innerJoin(SharedPriceHistory.closes(coinWeights.keySet().toArray(String[]::new)),
                result.first(), result.last()).returns();
        double[] held = coinWeights.values().stream().mapToDouble(Double::doubleValue).toArray();
        double expected = SampleStatistics.standardDeviation(coins.fixedWeights(held)) * Math.sqrt(365);

        assertThat(result.suggestion().currentVolatility()).isCloseTo(expected, withinPercentage(1e-9));
        result.suggestion().weights().forEach(w -> assertThat(w.riskContribution()).as(w.name())
                .isCloseTo(1.0 / 6, offset(1e-6)));
    }

    @Test
    void coinsAreTheAssetsAtCoinLevelLargestFirst() {
        SuggestResult result = service.suggest(query(SuggestionMethod.RISK_PARITY, SuggestQuery.Level.COINS, null, null));

        assertThat(result.suggestion().weights()).extracting(SuggestedWeight::name)
                .containsExactly("BTC", "ETH", "SOL", "BNB", "DOGE", "XRP", "LINK", "AAVE");
        assertThat(result.leftOut()).extracting(out -> out.name() + " " + out.kind())
                .containsExactlyInAnyOrder("SUI COIN", "PEPE COIN", "USDT COIN");
        assertThat(result.components()).allMatch(c -> c.indexWeight() == 1.0 && c.asset().equals(c.coin()));
        result.suggestion().weights().forEach(w -> assertThat(w.riskContribution()).isCloseTo(1.0 / 8, offset(1e-6)));
    }

    @Test
    void floorsAndCapsAreByGroupNameInAnyCase() {
        SuggestResult result = service.suggest(query(SuggestionMethod.MAX_SHARPE, null, percents("eth", "20"),
                percents("MEMECOINS", "5", "btc", "40")));

        assertThat(weight(result, "ETH").weight()).isGreaterThanOrEqualTo(0.20);
        assertThat(weight(result, "Memecoins").weight()).isLessThanOrEqualTo(0.05);
        assertThat(weight(result, "BTC").weight()).isLessThanOrEqualTo(0.40);
        assertThat(weight(result, "ETH").floor()).isEqualTo(0.20);
        assertThat(result.suggestion().covariance()).isEqualTo(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION);
        assertThat(result.suggestion().expectedReturn()).isFinite();
    }

    @Test
    void boundsNoPortfolioMeetsAreRefusedOnTheirField() {
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, percents("BTC", "60", "ETH", "50"),
                null)), "floors", "the floors add up to 110 %, more than 100 %: BTC 60 %, ETH 50 %");
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, null, percents("BTC", "20",
                "ETH", "20", "SOL", "20", "L1/L0 majors", "10", "DeFi", "10", "Memecoins", "10"))), "caps",
                "the caps add up to 90 %, less than 100 %");
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, percents("Memecoins", "10"),
                percents("Memecoins", "5"))), "floors", "the floor of Memecoins (10 %) is above its cap (5 %)");
    }

    @Test
    void aFloorOnAGroupWithoutHistoryIsRefusedAndACapOnItNoted() {
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, percents("stablecoins", "10"), null)),
                "floors", "Stablecoins cannot have a floor of 10 %: it has no stored history over the whole window");

        SuggestResult capped = service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, null, percents("Stablecoins", "50",
                "Gaming/NFT", "5")));
        assertThat(capped.notes()).contains("the cap of Stablecoins is not used: it has no stored history over the whole "
                + "window (see left out)", "the cap of Gaming/NFT is not used: it is not held");
    }

    @Test
    void unknownNamesAreRefused() {
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, null, percents("Meme", "10"), null)),
                "floors", "unknown group 'Meme'; the groups are: BTC, ETH, Stablecoins");
        assertInvalid(() -> service.suggest(query(SuggestionMethod.MIN_VARIANCE, SuggestQuery.Level.COINS, null,
                percents("ada", "10"))), "caps", "the portfolio holds no coin ADA; its coins are: BTC, ETH");
    }

    @Test
    void maxSharpeInABearMarketIsRefusedOnTheMethod() {
        assertInvalid(() -> service.suggest(new SuggestQuery(SuggestionMethod.MAX_SHARPE, null, 270,
                LocalDate.parse("2022-12-31"), null, null, null, null)), "method",
                "max-sharpe: no asset has a positive expected excess return over the window");
    }

    @Test
    void aWindowWithoutAnyHistoryIsRefused() {
        assertInvalid(() -> service.suggest(new SuggestQuery(SuggestionMethod.MIN_VARIANCE, null, 30,
                LocalDate.parse("2013-01-31"), null, null, null, null)), null,
                "no coin of the portfolio has stored daily closes over the whole window 2013-01-01 to 2013-01-31");
        SuggestService empty = new SuggestService(new FixedPortfolio(PORTFOLIO), new InMemoryPriceHistoryStore(), profiles);
        assertInvalid(() -> empty.suggest(SuggestQuery.of(SuggestionMethod.MIN_VARIANCE)), null,
                "no daily closes are stored for any coin of the portfolio");
    }

    @Test
    void queriesAreCheckedFieldByField() {
        assertInvalid(() -> new SuggestQuery(null, null, null, null, null, null, null, null), "method", "method is required");
        assertInvalid(() -> new SuggestQuery(SuggestionMethod.RISK_PARITY, null, 3, null, null, null, null, null),
                "window_days", "window_days must be 7 to 3650, was 3");
        assertInvalid(() -> new SuggestQuery(SuggestionMethod.RISK_PARITY, null, null, null, null, percents("BTC", "120"),
                null, null), "caps", "the cap of BTC must be 0 to 100 (percent), was 120");
        assertInvalid(() -> new SuggestQuery(SuggestionMethod.MAX_SHARPE, null, null, null, null, null,
                CovarianceEstimator.SAMPLE, null), "covariance", "max-sharpe works on a Ledoit-Wolf covariance");
        assertInvalid(() -> new SuggestQuery(SuggestionMethod.MAX_SHARPE, null, null, null, null, null, null,
                new BigDecimal("-100")), "risk_free_percent", "risk_free_percent must be above -100");
    }

    @Test
    void aSuggestionSavedAsAProfileAddsUpToExactly100WithLeftOutGroupsAt0() {
        SuggestQuery query = query(SuggestionMethod.RISK_PARITY, null, null, percents("Memecoins", "5"));
        SuggestResult result = service.suggest(query);

        TargetProfile saved = service.saveAsProfile("Risk parity", query);

        assertThat(saved.name()).isEqualTo("Risk parity");
        Map<String, BigDecimal> targets = saved.targets();
        assertThat(targets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(targets.values()).allMatch(percent -> percent.scale() <= 2);
        assertThat(targets.get("Stablecoins")).isEqualByComparingTo("0");
        for (SuggestedWeight w : result.suggestion().weights()) {
            assertThat(targets.get(w.name()).doubleValue()).as(w.name()).isCloseTo(w.weight() * 100, offset(0.01));
        }
        assertThat(targets.get("Memecoins")).isEqualByComparingTo("5.00");
        // the rebalancer's own check of targets accepts them
        assertThat(TargetAllocation.of(targets, Taxonomy.defaults()).percent(
                Taxonomy.defaults().group("BTC"))).isEqualByComparingTo(targets.get("BTC"));
    }

    @Test
    void onlyAGroupSuggestionCanBecomeAProfile() {
        assertInvalid(() -> service.saveAsProfile("Coins", query(SuggestionMethod.RISK_PARITY, SuggestQuery.Level.COINS,
                null, null)), "level", "only a suggestion for groups can become a target profile");
    }

    private static SuggestedWeight weight(SuggestResult result, String name) {
        return result.suggestion().weights().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    private static String reason(SuggestResult result, String name) {
        return result.leftOut().stream().filter(out -> out.name().equals(name)).map(LeftOut::reason).findFirst()
                .orElseThrow();
    }

    /** The current portfolio, fixed, valued by the holdings' own values. */
    private record FixedPortfolio(Portfolio portfolio) implements CurrentPortfolioUseCase {

        @Override
        public CurrentPortfolio current(BigDecimal minUsd) {
            PortfolioView view = new PortfolioView(PortfolioOverview.of(portfolio, UsdAmount.of("1")), List.of());
            return new CurrentPortfolio(new CurrentPortfolio.Basis(1L, Instant.parse("2025-02-21T08:00:00Z"), false,
                    "test"), portfolio, view);
        }

        @Override
        public Map<Asset, BigDecimal> quantities() {
            return Map.of();
        }
    }

    /** Keeps what is created, as the profile service would after its own checks. */
    private static final class CapturingProfiles implements TargetProfilesUseCase {

        @Override
        public List<TargetProfile> list() {
            return List.of();
        }

        @Override
        public TargetProfile get(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TargetProfile create(String name, Map<String, BigDecimal> targets) {
            return new TargetProfile(1, name, targets, Instant.EPOCH, Instant.EPOCH);
        }

        @Override
        public TargetProfile update(long id, String name, Map<String, BigDecimal> targets) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }
    }
}
