package com.cryptorebalancer.adapter.out.market.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real daily histories in the shared data (see shared/data/prices/README.md for their quirks). */
class PriceHistoryFilesTest {

    private static final Path DAILY = Path.of(System.getProperty("shared.dir"), "data/prices/daily");

    private static List<PriceFile> all;

    @BeforeAll
    static void readTheWholeFolder() {
        all = new PriceHistoryFiles().read(DAILY);
    }

    private static PriceFile file(String name) {
        return all.stream().filter(file -> file.file().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFolderGivesItsTwentyEightFilesInNameOrder() {
        assertThat(all).hasSize(28);
        assertThat(all).extracting(PriceFile::file).isSorted().startsWith("AAVE-USD_1d.csv").endsWith("XRP-USD_1d.csv");
        assertThat(all).extracting(PriceFile::asset).contains(Asset.of("BTC"), Asset.of("SHIB"), Asset.of("PEPE"));
        // 59,626 rows under the 28 headers; SHIB's 217 zero closes are the only rows not taken
        assertThat(all.stream().mapToInt(file -> file.closes().size()).sum()).isEqualTo(59_409);
        assertThat(all.stream().mapToInt(file -> file.skipped().size()).sum()).isEqualTo(217);
    }

    @Test
    void bitcoinRunsFromSeptember2014ToFebruary2025WithClosesExactlyAsWritten() {
        PriceFile btc = new PriceHistoryFiles().read(DAILY.resolve("BTC-USD_1d.csv")).get(0);

        assertThat(btc.asset()).isEqualTo(Asset.of("BTC"));
        assertThat(btc.skipped()).isEmpty();
        assertThat(btc.closes()).hasSize(3_810);
        // the first and last rows: 2014-09-17,...,457.3340148925781,... and 2025-02-20,...,97600.0625,...
        assertThat(btc.closes().get(0)).isEqualTo(new DailyClose(Asset.of("BTC"), LocalDate.parse("2014-09-17"),
                new BigDecimal("457.3340148925781"), new PriceSource("file")));
        DailyClose last = btc.closes().get(btc.closes().size() - 1);
        assertThat(last.day()).isEqualTo(LocalDate.parse("2025-02-20"));
        assertThat(last.closeUsd().toPlainString()).isEqualTo("97600.0625");
        assertThat(btc.closes()).extracting(DailyClose::day).isSorted().doesNotHaveDuplicates();
        assertThat(btc).isEqualTo(file("BTC-USD_1d.csv"));
    }

    @Test
    void shibsFirst217ClosesOfZeroAreSkippedAsMissingData() {
        PriceFile shib = file("SHIB-USD_1d.csv");

        assertThat(shib.skipped()).hasSize(217);
        assertThat(shib.skipped()).extracting(RowProblem::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 218).boxed().toList());
        assertThat(shib.skipped()).allSatisfy(problem -> {
            assertThat(problem.reason()).isEqualTo("zero_close");
            assertThat(problem.column()).isEqualTo("close");
            assertThat(problem.value()).isEqualTo("0.0");
        });
        assertThat(shib.skipped().get(0).describe())
                .isEqualTo("line 2, column \"close\", value \"0.0\": a close of 0 is missing data, not a price");
        // line 219: 2021-04-16,0.0,9.999999974752427e-07,0.0,9.999999974752427e-07,161689870
        assertThat(shib.closes()).hasSize(1_624 - 217);
        assertThat(shib.closes().get(0).day()).isEqualTo(LocalDate.parse("2021-04-16"));
        assertThat(shib.closes().get(0).closeUsd()).isEqualTo(new BigDecimal("9.999999974752427e-07"));
        assertThat(shib.closes().get(1).closeUsd().toPlainString()).isEqualTo("0.0000019999999949504854");
    }

    @Test
    void shortHistoriesAreReadAsTheyAre() {
        // the README says 120 rows for PEPE: the file has 120 lines, the header and 119 days
        assertThat(file("PEPE-USD_1d.csv").closes()).hasSize(119);
        PriceFile sui = file("SUI-USD_1d.csv");
        assertThat(sui.closes().get(sui.closes().size() - 1).day()).isEqualTo(LocalDate.parse("2024-06-04"));
    }
}
