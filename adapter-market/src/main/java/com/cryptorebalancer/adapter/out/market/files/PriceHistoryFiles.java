package com.cryptorebalancer.adapter.out.market.files;

import com.cryptorebalancer.application.port.out.InvalidPriceFileException;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.PriceHistoryFilesPort;
import com.cryptorebalancer.domain.money.Asset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Daily history files as {@code shared/data/prices/daily} has them: {@code <SYMBOL>-USD_1d.csv}, one file or
 * a folder of them. The coin is the file name's, because the rows do not say it.
 *
 * <p>In a folder only names of that pattern are read, in name order, and any other file (a README, a
 * history in another currency, a spreadsheet's lock file) is passed over without a word: such a folder
 * usually holds some, and they are not USD daily closes. A folder without a single such file is refused,
 * so that pointing at the wrong folder is said instead of read as "no history".
 */
public final class PriceHistoryFiles implements PriceHistoryFilesPort {

    /** {@code BTC-USD_1d.csv}: the symbol, then the quote currency and the candle length, which must be these. */
    static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]+)-USD_1d\\.csv");

    @Override
    public List<PriceFile> read(Path path) {
        Objects.requireNonNull(path, "path of the daily history must not be null");
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path)) {
            throw new InvalidPriceFileException("no daily history file or folder at " + path);
        }
        Asset coin = coinOf(path).orElseThrow(() -> new InvalidPriceFileException("the name of " + path
                + " is not <SYMBOL>-USD_1d.csv (such as BTC-USD_1d.csv), so it does not say which coin's USD"
                + " daily closes it holds"));
        return List.of(DailyHistoryCsv.read(path, coin));
    }

    private static List<PriceFile> readFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(file -> coinOf(file).isPresent())
                    // by name, so that the same folder always reads in the same order
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InvalidPriceFileException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidPriceFileException("the folder " + folder + " holds no daily history file"
                    + " (<SYMBOL>-USD_1d.csv, such as BTC-USD_1d.csv)");
        }
        List<PriceFile> read = new ArrayList<>(files.size());
        for (Path file : files) {
            read.add(DailyHistoryCsv.read(file, coinOf(file).orElseThrow()));
        }
        return read;
    }

    /** The coin a file's name says, or empty when the name is not of the pattern. */
    private static Optional<Asset> coinOf(Path file) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        return name.matches() ? Optional.of(Asset.of(name.group(1))) : Optional.empty();
    }
}
