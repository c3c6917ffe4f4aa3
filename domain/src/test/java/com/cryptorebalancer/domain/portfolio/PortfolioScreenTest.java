package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Exclusion.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioScreenTest {

    private static final UsdAmount MIN_USD = UsdAmount.of("1.00");

    @ParameterizedTest(name = "{0} {1} worth {2}: {3}")
    @CsvSource({
            "BTC,   0.5,          55000,   ELIGIBLE",
            "USDT,  1,            1.00,    ELIGIBLE",
            "USDT,  0.99,         0.99,    DUST",
            "PEPE4, 1000,         0.01,    DUST",
            "BTC,   -0.00008169,  -8.97,   NEGATIVE_BALANCE",
            "GST9,  -1416.349,    -7.84,   NEGATIVE_BALANCE",
            "FUEL,  70.04,        ,        NO_PRICE",
            "FUEL,  -70.04,       ,        NEGATIVE_BALANCE",
            "ZERO,  0,            ,        NO_PRICE",
    })
    void eachPositionIsEligibleOrExcludedForOneReason(String ticker, String amount, String value, String outcome) {
        Screening screening = portfolioOf(ticker, amount, value).screen(MIN_USD);
        if (outcome.equals("ELIGIBLE")) {
            assertThat(screening.eligible()).hasSize(1);
            assertThat(screening.excluded()).isEmpty();
        } else {
            assertThat(screening.eligible()).isEmpty();
            assertThat(screening.excluded()).singleElement().extracting(Exclusion::reason).isEqualTo(Reason.valueOf(outcome));
        }
    }

    private static Portfolio portfolioOf(String ticker, String amount, String value) {
        return value == null
                ? aPortfolio().unpriced(ticker, amount).classified()
                : aPortfolio().with(ticker, amount, value).classified();
    }

    @Test
    void nothingIsDroppedAndOrderIsKept() {
        Portfolio portfolio = aPortfolio()
                .with("BTC", "0.5", "55000")
                .with("BTC", "-0.00008169", "-8.97")
                .unpriced("FUEL", "70")
                .with("PEPE4", "1000", "0.01")
                .at("Ledger Wallets").with("SOL2", "12.46274149", "2333.47")
                .classified();
        Screening screening = portfolio.screen(MIN_USD);
        assertThat(screening.eligible()).extracting(p -> p.holding().asset().symbol()).containsExactly("BTC", "SOL2");
        assertThat(screening.excluded()).extracting(Exclusion::reason)
                .containsExactly(Reason.NEGATIVE_BALANCE, Reason.NO_PRICE, Reason.DUST);
        List<Position> screened = new ArrayList<>(screening.eligible());
        screening.excluded().forEach(exclusion -> screened.add(exclusion.position()));
        assertThat(screened).containsExactlyInAnyOrderElementsOf(portfolio.positions());
    }

    @Test
    void withoutAThresholdOnlyNegativeAndUnpricedAreExcluded() {
        Screening screening = aPortfolio().with("PEPE4", "1000", "0.01").unpriced("FUEL", "70").classified()
                .screen(UsdAmount.ZERO);
        assertThat(screening.eligible()).hasSize(1);
        assertThat(screening.excluded()).extracting(Exclusion::reason).containsExactly(Reason.NO_PRICE);
    }

    @Test
    void reasonCodesAreLowerCase() {
        assertThat(Reason.NEGATIVE_BALANCE.code()).isEqualTo("negative_balance");
        assertThat(Reason.NO_PRICE.code()).isEqualTo("no_price");
        assertThat(Reason.DUST.code()).isEqualTo("dust");
    }
}
