package com.cryptorebalancer.adapter.out.market.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.InvalidPriceFileException;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.history.DailyClose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not quite the shared data's: refused as a whole when the header is wrong, else row by row. */
class MalformedPriceHistoryFilesTest {

    private static final String HEADER = "datetime,open,high,low,close,volume\n";

    @TempDir
    Path dir;

    private final PriceHistoryFiles files = new PriceHistoryFiles();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private PriceFile readOne(String text) throws IOException {
        return files.read(write("ETH-USD_1d.csv", text)).get(0);
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedNamingTheFileAndTheHeader() throws IOException {
        Path file = write("BTC-USD_1d.csv", "date,close\n2024-01-01,42000.5\n");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessage("the daily history file " + file + " has the header \"date,close\"; expected "
                        + "datetime,open,high,low,close,volume");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("BTC-USD_1d.csv", "");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is empty");
    }

    @Test
    void aMissingPathIsRefusedNamingIt() {
        Path missing = dir.resolve("nowhere/BTC-USD_1d.csv");

        assertThatThrownBy(() -> files.read(missing)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessage("no daily history file or folder at " + missing);
    }

    @Test
    void aFileWhoseNameDoesNotSayTheCoinIsRefused() throws IOException {
        Path file = write("bitcoin.csv", HEADER + "2024-01-01,1,1,1,1,1\n");

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessageStartingWith("the name of " + file + " is not <SYMBOL>-USD_1d.csv");
    }

    @Test
    void rowsThatCannotBeTakenAreSkippedWithLineColumnValueAndReason() throws IOException {
        PriceFile eth = readOne(HEADER
                + "2024-01-01,1,1,1,2281.5,9\n"      // 2: taken
                + "2024-01-02,1,1,1,12.3.4,9\n"      // 3
                + "2024-01-03,1,1,1,NaN,9\n"         // 4
                + "2024-01-04,1,1,1,,9\n"            // 5
                + "2024-02-30,1,1,1,2300,9\n"        // 6
                + "05/01/2024,1,1,1,2300,9\n"        // 7
                + "2024-01-06,1,1,1,0.0,9\n"         // 8
                + "2024-01-07,1,1,1,-1.5,9\n"        // 9
                + "2024-01-08,1,1,1,2300,9,extra\n"  // 10
                + "2024-01-01,1,1,1,2290,9\n"        // 11
                + "2024-01-09,1,1,1,1.5e3,9\n");     // 12: taken

        assertThat(eth.skipped()).containsExactly(
                new RowProblem(3, "close", "12.3.4", "bad_number", "not a number"),
                new RowProblem(4, "close", "NaN", "bad_number", "not a number"),
                new RowProblem(5, "close", null, "missing_close", "no close on this day"),
                new RowProblem(6, "datetime", "2024-02-30", "bad_date", "not a day written YYYY-MM-DD"),
                new RowProblem(7, "datetime", "05/01/2024", "bad_date", "not a day written YYYY-MM-DD"),
                new RowProblem(8, "close", "0.0", "zero_close", "a close of 0 is missing data, not a price"),
                new RowProblem(9, "close", "-1.5", "negative_close", "a close below 0 is no price"),
                new RowProblem(10, null, "2024-01-08,1,1,1,2300,9,extra", "wrong_column_count",
                        "expected 6 columns (datetime,open,high,low,close,volume), found 7"),
                new RowProblem(11, "datetime", "2024-01-01", "duplicate_day", "the day of line 2 again; the first is kept"));
        assertThat(eth.closes()).extracting(DailyClose::day)
                .containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-09"));
        assertThat(eth.closes().get(0).closeUsd().toPlainString()).isEqualTo("2281.5");
        assertThat(eth.closes().get(1).closeUsd().toPlainString()).isEqualTo("1500");
    }

    @Test
    void rowsOutOfOrderComeBackInDayOrderAndWindowsLineEndsAByteOrderMarkAndBlankLinesAreNoProblem()
            throws IOException {
        PriceFile eth = readOne("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "2024-01-03,1,1,1,3.25,9\r\n"
                + "2024-01-01,1,1,1,1.25,9\r\n"
                + "\r\n"
                + "2024-01-02,,,,2.25,\r\n"
                + "\r\n");

        assertThat(eth.skipped()).isEmpty();
        assertThat(eth.closes()).extracting(close -> close.closeUsd().toPlainString())
                .containsExactly("1.25", "2.25", "3.25");
    }

    @Test
    void aFolderReadsOnlyTheFilesNamedAsDailyHistoriesInNameOrder() throws IOException {
        write("README.md", "not a history");
        write("BTC-EUR_1d.csv", HEADER + "2024-01-01,1,1,1,1,1\n");
        write("sol-USD_1d.csv", HEADER + "2024-01-01,1,1,1,95.5,1\n");
        write("ADA-USD_1d.csv", HEADER + "2024-01-01,1,1,1,0.5,1\n");
        Files.createDirectory(dir.resolve("XRP-USD_1d.csv"));

        List<PriceFile> read = files.read(dir);

        assertThat(read).extracting(PriceFile::file).containsExactly("ADA-USD_1d.csv", "sol-USD_1d.csv");
        assertThat(read).extracting(file -> file.asset().symbol()).containsExactly("ADA", "SOL");
    }

    @Test
    void aFolderWithoutOneDailyHistoryIsRefused() throws IOException {
        write("README.md", "not a history");

        assertThatThrownBy(() -> files.read(dir)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessageStartingWith("the folder " + dir + " holds no daily history file");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("BTC-USD_1d.csv");
        Files.write(file, new byte[] {'d', 'a', 't', 'e', (byte) 0xff, '\n'});

        assertThatThrownBy(() -> files.read(file)).isInstanceOf(InvalidPriceFileException.class)
                .hasMessage("the daily history file " + file + " is not UTF-8 text");
    }
}
