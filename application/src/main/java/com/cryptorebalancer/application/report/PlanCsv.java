package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.report.PlanReport.ActionLine;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plan's actions as CSV, one row per trade, as RFC 4180 says: CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes inside doubled. An absent value is an empty field.
 */
public final class PlanCsv {

    public static final List<String> HEADER = List.of("group", "symbol", "action", "usd", "est_quantity", "price_used",
            "price_source", "price_time", "price_stale", "location", "location_kind", "exec_hint", "reason");

    private static final String CRLF = "\r\n";

    private PlanCsv() {
    }

    public static String write(PlanReport plan) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (ActionLine a : plan.actions()) {
            csv.append(line(Stream.of(a.group(), a.symbol(), a.action(), a.usd(), a.estQuantity(), a.priceUsed(),
                    a.priceSource(), a.priceTime(), String.valueOf(a.priceStale()), a.location(), a.locationKind(), a.execHint(), a.reason())));
        }
        return csv.toString();
    }

    private static String line(Stream<String> fields) {
        return fields.map(PlanCsv::field).collect(Collectors.joining(",")) + CRLF;
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
