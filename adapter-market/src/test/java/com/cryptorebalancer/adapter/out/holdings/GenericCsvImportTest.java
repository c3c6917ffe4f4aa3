package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.holding;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.resource;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our own CSV format: symbol, location, amount, value_usd and/or price_usd, optional name. */
class GenericCsvImportTest {

    private final ImportedHoldings comma = load(resource(getClass(), "holdings-comma.csv"), STRICT);

    @Test
    void isRecognisedByItsHeader() {
        assertThat(comma.report().format()).isEqualTo("generic-csv");
        assertThat(comma.report().rowsRead()).isEqualTo(4);
        assertThat(comma.report().rowsAccepted()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "BTC|Kraken, main|value_usd only|30000",
            "ETH|Ledger Wallets|price_usd only: amount x price|5000",
            "SOL2|Phantom \"hot\"|both: value_usd wins over 10 x 999|1500"})
    void theValueIsValueUsdElseAmountTimesPriceUsd(String symbol, String location, String how, String value) {
        assertThat(holding(comma, symbol, location).value().value()).isEqualByComparingTo(value);
    }

    @Test
    void aRowWithNeitherValueNorPriceIsUnpriced() {
        Holding doge = holding(comma, "DOGE", "Manually");

        assertThat(doge.isPriced()).isFalse();
        assertThat(doge.coinName()).isNull();
        assertThat(comma.report().zeroValueRows()).isEqualTo(1);
        assertThat(comma.report().usdAccepted().value()).isEqualByComparingTo("36500");
    }

    @Test
    void theNameColumnIsTheCoinName() {
        assertThat(holding(comma, "SOL2", "Phantom \"hot\"").coinName()).isEqualTo("Solana");
        assertThat(holding(comma, "SOL2", "Phantom \"hot\"").location().kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
    }

    @Test
    void semicolonsQuotesAnyCaseAndAnyColumnOrderAreAccepted() {
        ImportedHoldings semicolon = load(resource(getClass(), "holdings-semicolon.csv"), STRICT);

        assertThat(semicolon.report().format()).isEqualTo("generic-csv");
        assertThat(holding(semicolon, "ETH", "Metamask; hot").value().value()).isEqualByComparingTo("3000");
        Holding btc = holding(semicolon, "BTC", "Binance");
        assertThat(btc.quantity().value()).isEqualByComparingTo("-0.001");
        assertThat(btc.value().value()).isEqualByComparingTo("-60");
        assertThat(semicolon.report().negativeRows()).isEqualTo(1);
    }

    @Test
    void aPriceTimesAnAmountIsExact() {
        ImportedHoldings imported = load(text("exact.csv",
                "symbol,location,amount,price_usd\nETH,Kraken,0.000000000000000001,3333.333333333333333333\n"), STRICT);

        assertThat(holding(imported, "ETH", "Kraken").value().value())
                .isEqualTo(new BigDecimal("3.333333333333333333333E-15"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "symbol,location,amount",
            "symbol,location,value_usd",
            "symbol,amount,value_usd",
            "location,amount,price_usd"})
    void aHeaderWithoutTheRequiredColumnsIsNoGenericCsv(String header) {
        assertThatThrownBy(() -> load(text("partial.csv", header + "\nBTC,1,2\n"), STRICT))
                .hasMessageContaining("not a holdings format this import knows");
    }
}
