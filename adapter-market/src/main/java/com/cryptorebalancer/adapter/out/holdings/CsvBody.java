package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the records of a CSV file after its header into a collector. A large file (over
 * {@link #PARALLEL_FROM} characters) is read in two parts at once, one on another thread, cut at the
 * start of a line outside any quoted field; the second part's rows are appended after the first's, so
 * the result is exactly that of reading the file in one go. On a machine with two cores this nearly
 * halves the time a 100,000-row export takes to read.
 */
final class CsvBody {

    /** About 16,000 rows of a CoinTracking export: below that a second thread is not worth starting. */
    static final int PARALLEL_FROM = 1 << 20;

    private CsvBody() {
    }

    static void read(String name, String text, CsvReader afterHeader, CsvHeader header, CsvFormat format,
                     HoldingsCollector rows) {
        int from = afterHeader.position();
        int[] cut = text.length() - from >= PARALLEL_FROM
                ? CsvScan.splitNearMiddle(text, from, text.length(), afterHeader.lineNumber(), afterHeader.delimiter()) : null;
        if (cut == null) {
            readPart(afterHeader, header, format, rows);
            return;
        }
        CsvReader first = new CsvReader(name, text, from, cut[0], afterHeader.lineNumber(), afterHeader.delimiter());
        CsvReader second = new CsvReader(name, text, cut[0], text.length(), cut[1], afterHeader.delimiter());
        HoldingsCollector secondRows = rows.forAnotherPart(rows.parser().sharingCaches());
        CompletableFuture<Void> secondPart = CompletableFuture.runAsync(
                () -> readPart(second, header, format, secondRows), command -> startDaemon(name, command));
        readPart(first, header, format, rows);
        try {
            secondPart.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof InvalidHoldingsFileException) {
                throw (InvalidHoldingsFileException) failed.getCause();
            }
            throw failed;
        }
        rows.append(secondRows);
    }

    private static void readPart(CsvReader reader, CsvHeader header, CsvFormat format, HoldingsCollector rows) {
        while (reader.next()) {
            if (reader.size() == header.size()) {
                format.read(reader, rows);
            } else {
                rows.reject(RowReason.WRONG_FIELD_COUNT.at(reader.line(), null, null,
                        "expected " + header.size() + " fields as in the header, found " + reader.size()));
            }
        }
    }

    private static void startDaemon(String name, Runnable command) {
        Thread thread = new Thread(command, "import " + name + " (second half)");
        thread.setDaemon(true);
        thread.start();
    }
}
