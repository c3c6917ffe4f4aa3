package com.cryptorebalancer.adapter.out.market.files;

import com.cryptorebalancer.application.port.out.InvalidPriceFileException;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One daily history file: the header {@code datetime,open,high,low,close,volume}, then one day per row.
 * Only the day and the close are taken; open, high, low and volume are not read, so their being empty
 * (as in SHIB's first rows) costs nothing. A row that cannot be taken is skipped with its line, column,
 * text and reason, never guessed at: a close of 0 is missing data, not a price.
 */
final class DailyHistoryCsv {

    static final PriceSource SOURCE = new PriceSource("file");
    static final String HEADER = "datetime,open,high,low,close,volume";

    private static final int COLUMNS = 6;
    private static final int DAY = 0;
    private static final int CLOSE = 4;
    /**
     * {@code -?digits[.digits]} with an optional exponent of up to four digits (the files write small
     * closes as {@code 9.999999974752427e-07}); checked before {@link BigDecimal} sees the text, which is
     * never parsed through a double.
     */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,4})?");
    /** Strict: 2021-02-30 is not a day. */
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Asset coin;
    private final List<DailyClose> closes = new ArrayList<>();
    private final List<RowProblem> skipped = new ArrayList<>();
    /** The line each day taken was read from, to name it when the day comes again. */
    private final Map<LocalDate, Integer> linesOfDays = new HashMap<>();

    private DailyHistoryCsv(Asset coin) {
        this.coin = coin;
    }

    /**
     * @throws InvalidPriceFileException naming the file when it cannot be read, is empty or has another header
     */
    static PriceFile read(Path path, Asset coin) {
        DailyHistoryCsv csv = new DailyHistoryCsv(coin);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            checkHeader(path, reader.readLine());
            int line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                csv.row(++line, text);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidPriceFileException("the daily history file " + path + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidPriceFileException("cannot read the daily history file " + path + ": " + e, e);
        }
        // the files are in day order; sorted all the same, since the port promises day order
        csv.closes.sort(Comparator.comparing(DailyClose::day));
        return new PriceFile(path.getFileName().toString(), coin, csv.closes, csv.skipped);
    }

    private static void checkHeader(Path path, String header) {
        if (header == null) {
            throw new InvalidPriceFileException("the daily history file " + path + " is empty; expected the header "
                    + HEADER);
        }
        // a byte order mark, as some editors write, is not part of the first column's name
        String names = header.startsWith("\uFEFF") ? header.substring(1) : header;
        if (!names.strip().equals(HEADER)) {
            throw new InvalidPriceFileException("the daily history file " + path + " has the header \"" + header
                    + "\"; expected " + HEADER);
        }
    }

    private void row(int line, String text) {
        if (text.isBlank()) {
            return; // an empty line (a last line break written twice) is no row
        }
        String[] cells = text.split(",", -1);
        if (cells.length != COLUMNS) {
            skip(line, null, text, "wrong_column_count", "expected " + COLUMNS + " columns (" + HEADER + "), found "
                    + cells.length);
            return;
        }
        LocalDate day = day(line, cells[DAY]);
        BigDecimal close = day == null ? null : close(line, cells[CLOSE]);
        if (close == null) {
            return;
        }
        Integer first = linesOfDays.putIfAbsent(day, line);
        if (first != null) {
            skip(line, "datetime", cells[DAY], "duplicate_day", "the day of line " + first + " again; the first is kept");
            return;
        }
        closes.add(new DailyClose(coin, day, close, SOURCE));
    }

    /** The row's day, or null when it is skipped. */
    private LocalDate day(int line, String text) {
        try {
            return LocalDate.parse(text.strip(), ISO_DAY);
        } catch (DateTimeParseException e) {
            skip(line, "datetime", text, "bad_date", "not a day written YYYY-MM-DD");
            return null;
        }
    }

    /** The row's close, or null when it is skipped. */
    private BigDecimal close(int line, String text) {
        String number = text.strip();
        if (number.isEmpty()) {
            skip(line, "close", null, "missing_close", "no close on this day");
            return null;
        }
        if (!DECIMAL.matcher(number).matches()) {
            skip(line, "close", text, "bad_number", "not a number");
            return null;
        }
        BigDecimal close = new BigDecimal(number);
        if (close.signum() == 0) {
            skip(line, "close", text, "zero_close", "a close of 0 is missing data, not a price");
            return null;
        }
        if (close.signum() < 0) {
            skip(line, "close", text, "negative_close", "a close below 0 is no price");
            return null;
        }
        return close;
    }

    private void skip(int line, String column, String value, String reason, String message) {
        skipped.add(new RowProblem(line, column, value, reason, message));
    }
}
