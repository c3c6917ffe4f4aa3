package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.LENIENT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.bytes;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sources that cannot be imported at all, whatever the options. */
class UnusableSourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "  \r\n\t\n", "\uFEFF\n\n"})
    void anEmptyFileIsRefusedAsEmpty(String content) {
        assertThatThrownBy(() -> load(text("empty.csv", content), LENIENT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessage("empty.csv: is empty: there is no header and no holding");
    }

    @Test
    void anUnknownHeaderIsRefusedShowingItAndTheSupportedOnes() {
        assertThatThrownBy(() -> load(text("mystery.csv", "\uFEFF\"Date\";\"Coin\";\"Qty\"\n1;2;3\n"), LENIENT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageStartingWith("mystery.csv: line 1: not a holdings format this import knows; "
                        + "header seen: \"Date\";\"Coin\";\"Qty\"; supported: ")
                .hasMessageContaining("CoinTracking Balance by Exchange: \"Amount\",\"Currency\",\"Current value in USD\"")
                .hasMessageContaining("CoinTracking Current Balance: \"Ticker\";\"Name\";\"Type\"")
                .hasMessageContaining("CoinTracking Coins by Exchange: \"Amount\";\"Exchange\"")
                .hasMessageContaining("generic CSV: symbol,location,amount,value_usd and/or price_usd")
                .hasMessageContaining("generic JSON");
    }

    @Test
    void aSourceThatFailsToOpenCannotBeRead() {
        HoldingsSource broken = new HoldingsSource("broken.csv", () -> {
            throw new IOException("device not ready");
        }, null);

        assertThatThrownBy(() -> load(broken, STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessage("broken.csv: cannot read: device not ready");
    }

    @Test
    void aMissingFileCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("gone.csv");

        assertThatThrownBy(() -> load(ImportFixtures.file(missing), STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessage(missing + ": cannot read: no such file");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheFirstBadByte() {
        byte[] latin1 = "symbol,location,amount,value_usd\nBTC,B\u00f6rse,1,10\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> load(bytes("latin1.csv", latin1), LENIENT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessage("latin1.csv: line 2: is not UTF-8 text; save the file as UTF-8 and import it again");
    }

    @Test
    void aRealReplacementCharacterIsText() {
        ImportedHoldings imported = load(text("fffd.csv", "symbol,location,amount,value_usd\nBTC,Odd \uFFFD place,1,10\n"), STRICT);

        assertThat(imported.holdings()).singleElement()
                .satisfies(h -> assertThat(h.location().name()).isEqualTo("Odd \uFFFD place"));
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyImportNotAnError() {
        ImportedHoldings imported = load(text("header-only.csv", "symbol,location,amount,value_usd\r\n"), STRICT);

        assertThat(imported.holdings()).isEmpty();
        assertThat(imported.report().rowsRead()).isZero();
        assertThat(imported.report().usdRead().isZero()).isTrue();
    }
}
