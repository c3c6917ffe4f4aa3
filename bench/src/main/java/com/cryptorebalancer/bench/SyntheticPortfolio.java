package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.taxonomy.AliasTable;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A large, deterministic portfolio for benchmarks: {@code rows} holdings spread over {@code coins} coins
 * (the known coins of the alias table first, then invented tickers nobody knows) and {@code locations}
 * locations of every kind, with realistic value spreads, some negative balances and some dust.
 * Written as a CoinTracking "Balance by Exchange" export, or built directly as holdings.
 */
public final class SyntheticPortfolio {

    private static final Instant AS_OF = Instant.parse("2025-08-26T00:00:00Z");
    private static final String[] PLACES = {"Binance", "Kraken", "Coinbase", "Bitget Spot", "OKX", "Kraken Earn",
        "Binance Earn", "Bitget Earn", "Metamask - ETH", "Metamask - BSC", "Phantom", "Solana - StepN",
        "Ledger Wallets", "Ledger Wallets Staked", "Trezor", "Manually"};

    private final List<String[]> rows;

    private SyntheticPortfolio(List<String[]> rows) {
        this.rows = rows;
    }

    /** Columns of each row: amount, ticker, value in USD, location. */
    public static SyntheticPortfolio of(int rows, int coins, int locations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> tickers = tickers(coins);
        List<String> places = places(locations);
        BigDecimal[] prices = new BigDecimal[tickers.size()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = BigDecimal.valueOf(Math.pow(10, random.nextDouble() * 9 - 5)).round(new java.math.MathContext(8));
        }
        List<String[]> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int coin = (int) Math.min(tickers.size() - 1, Math.abs(random.nextGaussian()) * tickers.size() / 2.5);
            BigDecimal value = BigDecimal.valueOf(Math.pow(10, random.nextDouble() * 6 - 1)).setScale(2, RoundingMode.HALF_EVEN);
            if (random.nextInt(100) < 3) {
                value = value.negate();
            }
            BigDecimal amount = value.divide(prices[coin], 8, RoundingMode.HALF_EVEN);
            if (amount.signum() == 0) {
                amount = value.signum() < 0 ? new BigDecimal("-0.00000001") : new BigDecimal("0.00000001");
            }
            out.add(new String[] {amount.toPlainString(), tickers.get(coin), value.toPlainString(),
                places.get(random.nextInt(places.size()))});
        }
        return new SyntheticPortfolio(out);
    }

    /** Writes the rows as a CoinTracking "Balance by Exchange" export (BOM, quoted, comma-separated). */
    public Path writeCoinTrackingExport(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            writer.write("\"Amount\",\"Currency\",\"Current value in USD\",\"Current value in BTC\",\"Exchange\"\n");
            for (String[] row : rows) {
                writer.write('"' + row[0] + "\",\"" + row[1] + "\",\"" + row[2] + "\",\"0.00000000\",\"" + row[3] + "\"\n");
            }
        }
        return file;
    }

    /** The same rows as holdings valued by the export (local pricing). */
    public List<Holding> holdings() {
        LocationRules rules = LocationRules.defaults();
        List<Holding> holdings = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            Asset asset = Asset.of(row[1]);
            holdings.add(Holding.valued(asset, null, rules.locate(row[3]), new Quantity(new BigDecimal(row[0]), asset),
                    UsdAmount.of(row[2]), PriceSource.LOCAL, AS_OF));
        }
        return holdings;
    }

    public int size() {
        return rows.size();
    }

    /**
     * The default taxonomy plus a person's assignment of every invented ticker to a group, round robin
     * over the ten groups other than Others: a large portfolio whose owner has classified their coins.
     */
    public static Taxonomy classifiedTaxonomy(int coins) {
        return Taxonomy.withOverrides(new TaxonomyOverrides(assignments(coins), List.of(), Map.of()));
    }

    /** That assignment, as the {@code taxonomy.json} a person's data directory would hold. */
    public static String taxonomyJson(int coins) {
        StringBuilder json = new StringBuilder("{\"version\":1,\"aliases\":{");
        String separator = "";
        for (Map.Entry<Asset, Group> alias : new TreeMap<>(assignments(coins)).entrySet()) {
            json.append(separator).append('"').append(alias.getKey().symbol()).append("\":\"")
                    .append(alias.getValue().name()).append('"');
            separator = ",";
        }
        return json.append("},\"group_order\":[],\"location_kinds\":{}}\n").toString();
    }

    private static Map<Asset, Group> assignments(int coins) {
        List<Group> groups = Taxonomy.DEFAULT_GROUPS.subList(0, Taxonomy.DEFAULT_GROUPS.size() - 1);
        Map<Asset, Group> aliases = new HashMap<>();
        List<String> tickers = tickers(coins);
        for (int i = 0; i < tickers.size(); i++) {
            if (tickers.get(i).startsWith("SYN")) {
                aliases.put(Asset.of(tickers.get(i)), groups.get(i % groups.size()));
            }
        }
        return aliases;
    }

    private static List<String> tickers(int coins) {
        List<String> tickers = new ArrayList<>(coins);
        for (Asset known : AliasTable.defaults().entries().keySet()) {
            if (tickers.size() == coins) {
                break;
            }
            tickers.add(known.symbol());
        }
        for (int i = 0; tickers.size() < coins; i++) {
            tickers.add("SYN" + i);
        }
        return tickers;
    }

    private static List<String> places(int locations) {
        List<String> places = new ArrayList<>(locations);
        for (int i = 0; places.size() < locations; i++) {
            String base = PLACES[i % PLACES.length];
            places.add(i < PLACES.length ? base : base + " " + (i / PLACES.length));
        }
        return places;
    }
}
