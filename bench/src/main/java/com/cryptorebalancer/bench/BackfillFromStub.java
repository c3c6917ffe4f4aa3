package com.cryptorebalancer.bench;

import com.cryptorebalancer.adapter.out.market.binance.Binance;
import com.cryptorebalancer.adapter.out.market.files.PriceHistoryFiles;
import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.pricing.MarketPricesService;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Times a backfill of 3 years (1,095 days) of daily closes for 50 coins (target: under 10 s) through the
 * real Binance connector, with its default limits (600 requests a minute, 1,000 days a request), against
 * a local stub of Binance's {@code /api/v3/klines} on 127.0.0.1, into a new embedded database.
 * {@code java -cp bench/target/benchmarks.jar com.cryptorebalancer.bench.BackfillFromStub} from the project root.
 *
 * <p>The stub answers every symbol with candles whose closes are BTC's real closes from
 * {@code ../shared/data/prices/daily/BTC-USD_1d.csv}, taken in turn by day (the window asked lies after the
 * file's end). A plain main, not JMH: the target is one backfill as a person runs it.
 */
public final class BackfillFromStub {

    private static final int COINS = 50;
    private static final int DAYS = 1_095;

    private BackfillFromStub() {
    }

    public static void main(String[] args) throws IOException {
        List<DailyClose> btc = new PriceHistoryFiles().read(Path.of("../shared/data/prices/daily/BTC-USD_1d.csv")).get(0).closes();
        AtomicInteger requests = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/v3/klines", exchange -> klines(exchange, btc, requests));
        stub.start();
        Path dataDir = Files.createTempDirectory("rebalancer-backfill-bench-");
        try (JdbcDatabase database = JdbcDatabase.open(null, null, null, dataDir)) {
            Clock clock = Clock.systemUTC();
            Binance binance = Binance.create(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()), clock);
            MarketPricesService service = new MarketPricesService(List.of(), List.of(binance.priceHistory()),
                    database.priceHistory(), new PriceHistoryFiles(), clock);
            Set<Asset> coins = new LinkedHashSet<>();
            for (int i = 1; i <= COINS; i++) {
                coins.add(Asset.of("COIN" + i));
            }
            long start = System.nanoTime();
            Backfill result = service.backfill(coins, DAYS, (done, total, outcome) -> { });
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("backfill of %d days for %d coins: %d ms, %d HTTP requests, %d coins fetched, %d days stored%n",
                    DAYS, COINS, millis, requests.get(), result.count(Backfill.Status.FETCHED), result.daysFetched());
            start = System.nanoTime();
            Backfill again = service.backfill(coins, DAYS, (done, total, outcome) -> { });
            System.out.printf("again, every day stored: %d ms, %d coins complete%n", (System.nanoTime() - start) / 1_000_000,
                    again.count(Backfill.Status.COMPLETE));
        } finally {
            stub.stop(0);
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Binance's kline arrays for the days from startTime to endTime, at most limit of them. */
    private static void klines(HttpExchange exchange, List<DailyClose> btc, AtomicInteger requests) throws IOException {
        requests.incrementAndGet();
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        long from = Long.parseLong(query.get("startTime"));
        long to = Long.parseLong(query.getOrDefault("endTime", String.valueOf(from + 999L * 86_400_000)));
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        StringBuilder body = new StringBuilder("[");
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(from, 86_400_000L));
        for (int n = 0; n < limit; n++, day = day.plusDays(1)) {
            long open = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (open > to) {
                break;
            }
            String close = btc.get((int) Math.floorMod(day.toEpochDay(), (long) btc.size())).closeUsd().toPlainString();
            body.append(n == 0 ? "" : ",").append('[').append(open).append(",\"").append(close).append("\",\"").append(close)
                    .append("\",\"").append(close).append("\",\"").append(close).append("\",\"1.0\",").append(open + 86_399_999)
                    .append(",\"1.0\",1,\"0.5\",\"0.5\",\"0\"]");
        }
        byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
