package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Checks the text of one row at a time and turns it into values. Remembers every asset and location it
 * has made (a large export has thousands of rows but a few hundred distinct names). One parser per
 * import: it is not thread-safe.
 *
 * <p>The first problem of a row wins, checking symbol, location, amount, value, price, then an amount
 * of zero and a value whose sign is not the amount's.
 */
final class RowParser {

    private final Columns columns;
    private final LocationRules rules;
    private final Map<String, Asset> assets;
    private final Map<String, Location> locations;

    private SourceRow row;
    private RowProblem problem;

    /** A parser with caches of its own. */
    RowParser(Columns columns, LocationRules rules) {
        this(columns, rules, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** A parser sharing its caches of assets and locations by name (thread-safe maps), e.g. with a parser of another part of the file. */
    RowParser(Columns columns, LocationRules rules, Map<String, Asset> assets, Map<String, Location> locations) {
        this.assets = assets;
        this.locations = locations;
        this.columns = columns;
        this.rules = rules;
    }

    /** A parser of the same columns sharing this one's caches, for another part of the same file. */
    RowParser sharingCaches() {
        return new RowParser(columns, rules, assets, locations);
    }

    ParsedRow parse(SourceRow source) {
        row = source;
        problem = null;
        Asset asset = asset();
        Location location = location();
        BigDecimal amount = number(columns.amount(), row.amount(), true);
        BigDecimal value = number(columns.value(), row.value(), false);
        BigDecimal price = number(columns.price(), row.price(), false);
        // the value wins when the row gives one (even an unreadable one); only without it does the price count
        BigDecimal worth = isBlank(row.value()) && price != null && amount != null ? amount.multiply(price) : value;
        if (problem == null) {
            checkAmountAgainst(amount, worth);
        }
        String name = row.name() == null ? null : row.name().strip();
        return new ParsedRow(asset, name, location, amount, worth, problem);
    }

    private Asset asset() {
        String symbol = row.symbol();
        if (isBlank(symbol)) {
            report(RowReason.MISSING_FIELD, columns.symbol(), symbol, "the symbol is missing");
            return null;
        }
        Asset asset = assets.get(symbol);
        if (asset == null) {
            try {
                asset = Asset.of(symbol);
            } catch (IllegalArgumentException invalid) { // only a bad row gets here, and only once per row
                report(RowReason.BAD_SYMBOL, columns.symbol(), symbol, invalid.getMessage());
                return null;
            }
            Asset earlier = assets.putIfAbsent(symbol, asset);
            asset = earlier == null ? asset : earlier;
        }
        return asset;
    }

    private Location location() {
        String name = row.location();
        if (isBlank(name)) {
            report(RowReason.MISSING_FIELD, columns.location(), name, "the location is missing");
            return null;
        }
        return locations.computeIfAbsent(name, rules::locate);
    }

    /** The number in {@code text}; null when it is blank (a problem if {@code required}) or not a number. */
    private BigDecimal number(String column, String text, boolean required) {
        if (isBlank(text)) {
            if (required) {
                report(RowReason.MISSING_FIELD, column, text, "the " + column + " is missing");
            }
            return null;
        }
        BigDecimal number = DecimalText.parse(text);
        if (number == null) {
            report(RowReason.BAD_NUMBER, column, text,
                    "not a number (expected digits with an optional '-', '.' and exponent; no thousands separators)");
        }
        return number;
    }

    private void checkAmountAgainst(BigDecimal amount, BigDecimal worth) {
        if (amount.signum() == 0) {
            report(RowReason.ZERO_AMOUNT, columns.amount(), row.amount(), "an amount of zero is not a holding");
        } else if (worth != null && worth.signum() != 0 && worth.signum() != amount.signum()) {
            boolean fromValue = !isBlank(row.value());
            report(RowReason.SIGN_MISMATCH, fromValue ? columns.value() : columns.price(),
                    fromValue ? row.value() : row.price(),
                    "the value " + worth.toPlainString() + " USD and the amount " + amount.toPlainString()
                            + " have opposite signs");
        }
    }

    private void report(RowReason reason, String column, String value, String message) {
        if (problem == null) {
            problem = reason.at(row.line(), column, value, message);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
