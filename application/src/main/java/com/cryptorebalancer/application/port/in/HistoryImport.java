package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.money.Asset;
import java.util.List;

/** What reading daily history files into the database did, file by file. */
public record HistoryImport(List<FileOutcome> files) {

    public HistoryImport {
        files = List.copyOf(files);
    }

    /**
     * @param read     the days read from the file
     * @param newDays  how many of them the database did not hold before (the others replaced what it held)
     * @param skipped  the rows not read, each with its line, column, value and reason
     */
    public record FileOutcome(String file, Asset asset, int read, int newDays, List<RowProblem> skipped) {

        public FileOutcome {
            skipped = List.copyOf(skipped);
        }
    }

    public int read() {
        return files.stream().mapToInt(FileOutcome::read).sum();
    }

    public int newDays() {
        return files.stream().mapToInt(FileOutcome::newDays).sum();
    }

    public int skipped() {
        return files.stream().mapToInt(file -> file.skipped().size()).sum();
    }
}
