package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.holding;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CoinTracking's Current Balance: one row per coin over all locations, ';', with a byte-order mark. */
class CurrentBalanceImportTest {

    private static final String ALL_LOCATIONS = "CoinTracking (all locations)";

    private final ImportedHoldings imported = load(resource(getClass(), "current-balance-2025-09-01.csv"), STRICT);

    @Test
    void isRecognisedByItsHeader() {
        assertThat(imported.report().format()).isEqualTo("cointracking-current-balance");
        assertThat(imported.report().asOf()).isEqualTo(Instant.parse("2025-09-01T00:00:00Z"));
    }

    @Test
    void everyCoinIsAtOneLocationStandingForAllOfThem() {
        assertThat(imported.holdings()).extracting(h -> h.location().name()).containsOnly(ALL_LOCATIONS);
        assertThat(imported.holdings().get(0).location().kind()).isEqualTo(LocationKind.UNKNOWN);
    }

    @Test
    void theNameColumnGivesTheCoinNameThatTellsSuffixedTickersApart() {
        Holding dot = holding(imported, "DOT2", ALL_LOCATIONS);

        assertThat(dot.coinName()).isEqualTo("Polkadot");
        assertThat(dot.quantity().value()).isEqualByComparingTo("120");
        assertThat(dot.value().value()).isEqualByComparingTo("480.00");
        assertThat(dot.price().usd()).isEqualByComparingTo("4");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"BTC, Bitcoin", "EUR, Euro", "LUNA, Terra Classic", "USDT, Tether", "XYZ, Xyz Presale"})
    void everyTypeIsImported(String ticker, String name) {
        assertThat(holding(imported, ticker, ALL_LOCATIONS).coinName()).isEqualTo(name);
    }

    @Test
    void aValueOfZeroMakesAnUnpricedHoldingNeverAWorthlessOne() {
        assertThat(holding(imported, "LUNA", ALL_LOCATIONS).isPriced()).isFalse();
        assertThat(holding(imported, "XYZ", ALL_LOCATIONS).isPriced()).isFalse();
        assertThat(imported.report().zeroValueRows()).isEqualTo(2);
    }

    @Test
    void negativeBalancesAreKeptAndCounted() {
        Holding usdt = holding(imported, "USDT", ALL_LOCATIONS);

        assertThat(usdt.quantity().value()).isEqualByComparingTo("-25.5");
        assertThat(usdt.value().value()).isEqualByComparingTo("-25.50");
        assertThat(imported.report().negativeRows()).isEqualTo(1);
        assertThat(imported.report().negativeUsd().value()).isEqualByComparingTo("-25.50");
    }

    @Test
    void anAmountOfZeroIsSkippedAndListedEvenWhenStrict() {
        ImportReport report = imported.report();

        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsAccepted()).isEqualTo(6);
        assertThat(report.skippedByReason()).isEqualTo(Map.of("zero_amount", 1));
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::value)
                .containsExactly(tuple(8, "Amount", "0.00000000"));
        assertThat(imported.holdings()).noneMatch(h -> h.asset().symbol().equals("GIFT"));
    }

    @Test
    void usdTotalsCountEveryReadableValue() {
        assertThat(imported.report().usdRead().value()).isEqualByComparingTo("55945.50");
        assertThat(imported.report().usdAccepted().value()).isEqualByComparingTo("55945.50");
    }
}
