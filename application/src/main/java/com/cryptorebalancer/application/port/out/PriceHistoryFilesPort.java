package com.cryptorebalancer.application.port.out;

import java.nio.file.Path;
import java.util.List;

/**
 * Daily history files in the format of {@code shared/data/prices/daily}: {@code <SYMBOL>-USD_1d.csv} with
 * the columns {@code datetime,open,high,low,close,volume}.
 */
public interface PriceHistoryFilesPort {

    /**
     * Reads one such file, or every such file in a folder (in name order).
     *
     * @throws InvalidPriceFileException when the path is missing, or a
     *         file is not of that format at all (the header); a bad row is not an exception but a counted,
     *         reasoned skip in its file's result
     */
    List<PriceFile> read(Path path);
}
