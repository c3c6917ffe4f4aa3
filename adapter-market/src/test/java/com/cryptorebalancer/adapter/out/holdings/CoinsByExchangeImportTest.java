package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.LENIENT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.holding;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.resource;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.portfolio.Holding;
import org.junit.jupiter.api.Test;

/** CoinTracking's Coins by Exchange: ticker and name both in the "Coin" column. */
class CoinsByExchangeImportTest {

    private static final String HEADER = "\"Amount\";\"Exchange\";\"Current value in USD\";\"Current value in BTC\";\"Coin\"\n";

    private final ImportedHoldings imported = load(resource(getClass(), "coins-by-exchange-2025-09-02.csv"), STRICT);

    @Test
    void tickerAndNameComeFromTheCoinColumn() {
        assertThat(imported.report().format()).isEqualTo("cointracking-coins-by-exchange");
        assertThat(imported.holdings()).extracting(h -> h.asset().symbol(), Holding::coinName).containsExactly(
                tuple("AAVE", "Aave"),
                tuple("DOT2", "Polkadot"),
                tuple("NEW", "New Coin (v2)"),
                tuple("BTC", "Bitcoin"));
    }

    @Test
    void eachRowIsAtItsExchange() {
        Holding dot = holding(imported, "DOT2", "Kraken Earn");

        assertThat(dot.location().kind()).isEqualTo(LocationKind.EXCHANGE_EARN);
        assertThat(dot.value().value()).isEqualByComparingTo("480.00");
        assertThat(holding(imported, "BTC", "Binance").quantity().value()).isEqualByComparingTo("-0.00008169");
        assertThat(imported.report().negativeRows()).isEqualTo(1);
        assertThat(imported.report().usdAccepted().value()).isEqualByComparingTo("6038.27");
    }

    @Test
    void aCoinWhoseParenthesisNeverClosesIsABadSymbol() {
        String content = HEADER + "\"1\";\"Kraken\";\"10\";\"0.0001\";\"ABC (Abc by Exchange\"\n"
                + "\"2\";\"Kraken\";\"20\";\"0.0002\";\"DEF (Def) by Exchange\"\n";

        ImportedHoldings lenient = load(text("coins.csv", content), LENIENT);

        assertThat(lenient.holdings()).extracting(h -> h.asset().symbol()).containsExactly("DEF");
        assertThat(lenient.report().problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::reason)
                .containsExactly(tuple(2, "Coin", "bad_symbol"));
        assertThatThrownBy(() -> load(text("coins.csv", content), STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageContaining("coins.csv: line 2, column \"Coin\", value \"ABC (Abc by Exchange\"");
    }
}
