package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.LENIENT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.holding;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.resource;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our own JSON format: an array of holdings, or {"holdings": [...]}. */
class GenericJsonImportTest {

    private final ImportedHoldings array = load(resource(getClass(), "holdings-array.json"), STRICT);

    @Test
    void anArrayOfObjectsIsGenericJson() {
        assertThat(array.report().format()).isEqualTo("generic-json");
        assertThat(array.report().rowsRead()).isEqualTo(4);
        assertThat(array.report().rowsAccepted()).isEqualTo(4);
    }

    @Test
    void numbersAreReadFromTheirTextNeverThroughDouble() {
        assertThat(holding(array, "BTC", "Kraken").quantity().value()).isEqualByComparingTo("0.1");
        assertThat(holding(array, "BTC", "Kraken").value().value()).isEqualByComparingTo("6000.1");
        assertThat(holding(array, "ETH", "Ledger Wallets").quantity().value())
                .isEqualByComparingTo("2.000000000000000001");
        assertThat(holding(array, "ETH", "Ledger Wallets").value().value())
                .isEqualByComparingTo("5000.0000000000000025");
        assertThat(holding(array, "USDC", "Coinbase").quantity().value()).isEqualByComparingTo("1000");
    }

    @Test
    void nullValuesAreAbsentAndUnknownKeysIgnored() {
        assertThat(holding(array, "DOGE", "Manually").isPriced()).isFalse();
        assertThat(holding(array, "BTC", "Kraken").coinName()).isEqualTo("Bitcoin");
    }

    @Test
    void anObjectWithAHoldingsArrayIsGenericJsonWithKeysInAnyCase() {
        ImportedHoldings object = load(resource(getClass(), "holdings-object.json"), STRICT);

        assertThat(object.report().format()).isEqualTo("generic-json");
        assertThat(holding(object, "BTC", "Kraken").value().value()).isEqualByComparingTo("15000");
        assertThat(holding(object, "ETH", "Kraken").value().value()).isEqualByComparingTo("-1250.5");
        assertThat(object.report().negativeUsd().value()).isEqualByComparingTo("-1250.5");
    }

    @Test
    void badObjectsAreListedWithTheLineOfTheObjectAndTheKey() {
        ImportedHoldings lenient = load(resource(getClass(), "bad-rows.json"), LENIENT);

        assertThat(lenient.holdings()).extracting(h -> h.asset().symbol()).containsExactly("BTC");
        assertThat(lenient.report().problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::reason)
                .containsExactly(
                        tuple(3, "amount", "1,5", "bad_number"),
                        tuple(4, "location", null, "wrong_type"),
                        tuple(5, null, null, "wrong_type"),
                        tuple(6, "symbol", null, "missing_field"));
        assertThat(lenient.report().skippedByReason())
                .isEqualTo(Map.of("bad_number", 1, "wrong_type", 2, "missing_field", 1));
        assertThat(lenient.report().usdRead().value()).isEqualByComparingTo("33010");
    }

    @Test
    void aStrictImportOfBadObjectsNamesTheFirstOne() {
        assertThatThrownBy(() -> load(resource(getClass(), "bad-rows.json"), STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessage("bad-rows.json: line 3, column \"amount\", value \"1,5\": not a number (expected digits "
                        + "with an optional '-', '.' and exponent; no thousands separators) (and 3 more bad rows); "
                        + "use --lenient to import the good rows only");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[{\"symbol\": \"BTC\",|not valid JSON at line 1",
            "{\"items\": []}|line 1: expected an array of holdings or an object with a \"holdings\" array, but the object has no \"holdings\" array",
            "{\"holdings\": {}}|but \"holdings\" is an object, not an array",
            "[] []|but there is more after the holdings"})
    void jsonThatIsNoListOfHoldingsIsRefusedEvenWhenLenient(String json, String message) {
        assertThatThrownBy(() -> load(text("h.json", json), LENIENT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageStartingWith("h.json: ")
                .hasMessageContaining(message);
    }
}
