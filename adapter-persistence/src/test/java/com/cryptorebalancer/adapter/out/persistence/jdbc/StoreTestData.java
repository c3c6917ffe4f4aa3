package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.NewPlan;
import com.cryptorebalancer.application.port.out.NewSnapshot;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.application.report.ImportSummary;
import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Snapshots and plans with every field filled in, so that a round trip that loses one shows. */
final class StoreTestData {

    static final Instant T0 = Instant.parse("2026-11-02T09:30:15.123456Z");

    private StoreTestData() {
    }

    static Holding valued(String symbol, String coinName, String location, LocationKind kind, String quantity,
                          String usd, String source, Instant pricedAt) {
        return Holding.valued(Asset.of(symbol), coinName, new Location(location, location, kind),
                new Quantity(new BigDecimal(quantity), Asset.of(symbol)), UsdAmount.of(usd), new PriceSource(source),
                pricedAt);
    }

    static Holding unpriced(String symbol, String location, String quantity) {
        return Holding.unpriced(Asset.of(symbol), null, new Location(location, location, LocationKind.UNKNOWN),
                new Quantity(new BigDecimal(quantity), Asset.of(symbol)));
    }

    /** Holdings that exercise every column: tiny and huge decimals, negatives, unpriced ones, every kind. */
    static List<Holding> variedHoldings() {
        return List.of(
                valued("ETH", "Ethereum", "Kraken", LocationKind.EXCHANGE_SPOT, "0.000000000000000001",
                        "0.000000000000000004", "local", T0),
                valued("PEPE", "Pepe", "Ledger Nano", LocationKind.HARDWARE_WALLET, "123456789012345678.123456789",
                        "1234.567890123456789012", "coingecko", T0.plusMillis(1)),
                valued("USDT", null, "Binance Earn", LocationKind.EXCHANGE_EARN, "-12.50", "-12.5000001", "local", T0),
                unpriced("XYZ", "Some App", "7"),
                valued("BTC", "Bitcoin", "MetaMask", LocationKind.SOFTWARE_WALLET, "1.00000000", "65000.00", "local",
                        Instant.parse("2025-01-01T00:00:00Z")));
    }

    /** {@code count} holdings over a few locations, each quantity telling its position ("12.000001" is the 12th). */
    static List<Holding> manyHoldings(int count, String tag) {
        List<Holding> holdings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String symbol = "C" + (i % 500);
            holdings.add(valued(symbol, "Coin " + tag, "Wallet " + (i % 7), LocationKind.APP_WALLET,
                    i + ".000001", (i + 1) + ".25", "local", T0));
        }
        return holdings;
    }

    static ImportReport report(int rows, int accepted) {
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        if (rows > accepted) {
            skipped.put("zero_amount", 1);
            problems.add(new RowProblem(3, null, null, "zero_amount", "the amount is zero"));
        }
        if (rows > accepted + 1) {
            skipped.put("bad_number", rows - accepted - 1);
            problems.add(new RowProblem(12, "Amount", "1,5\"x", "bad_number", "not a number: \"1,5\"x\""));
        }
        return new ImportReport("upload", "cointracking-balance-by-exchange", rows, accepted, skipped, problems,
                UsdAmount.of("66234.56789"), UsdAmount.of("66222.0678899999999999999"), 1, UsdAmount.of("-12.5000001"),
                0, T0.plusNanos(789), "file name");
    }

    static NewSnapshot snapshot(Instant at, String fileName, List<Holding> holdings) {
        return new NewSnapshot(at, "upload", fileName, holdings, report(holdings.size() + 3, holdings.size()),
                UsdAmount.of("66222.0678899999999999999"));
    }

    static NewPlan plan(Instant at, Long snapshotId) {
        PlanReport.BandLine band = new PlanReport.BandLine("5", "pp", "edge");
        Map<String, Map<String, String>> primaries = Map.of("DeFi", new LinkedHashMap<>(Map.of("UNI", "0.6")));
        PlanInputs request = new PlanInputs(new LinkedHashMap<>(Map.of("BTC", "60", "ETH", "40.00")), 7L, "Growth",
                "bands", "100.00", "10", "5.5", band, primaries);
        PlanReport.ActionLine action = new PlanReport.ActionLine("BTC", "BTC", "sell", "1234.56", "0.01899323",
                "65000.123456789", "local", T0.toString(), "Kraken", "exchange_spot", "market", null, "over target",
                "62.10", "60.00", "2.10", "-1234.56", "-1234.56", true);
        PlanReport.SkippedLine skipped = new PlanReport.SkippedLine("Others", "XYZ", "Some App", "0.00", "no_price", null);
        ImportSummary imported = new ImportSummary("upload", "generic-csv", 10, 8, 2, Map.of("bad_number", 2),
                List.of(new ImportSummary.Problem(4, "Amount", "x", "bad_number", "not a number")), "100.00", "90.00", 0,
                "0.00", 1, T0.toString(), "given");
        return new NewPlan(at, snapshotId, request, new PlanReport("bands", "local",
                new PlanReport.Options("100.00", "10.00", "5.50", band, primaries),
                new PlanReport.Totals("66222.07", "100.00", "1234.56", "1334.56", "0.00"), List.of("stale price for XYZ"),
                List.of(new PlanReport.GroupLine("BTC", "41000.00", "62.10", "60.00", "39733.24", "-1266.76", "1234.56",
                        "0.00", "39765.44", "60.05", "over")),
                List.of(action), Map.of("sell", "cents half-even", "buy", "cents down"), List.of(skipped),
                List.of(new UnknownAliasLine("XYZ", null, "0.00", 1, List.of("Some App"))), "0.00", List.of(imported)),
                "sha256:" + snapshotId + "@" + at);
    }
}
