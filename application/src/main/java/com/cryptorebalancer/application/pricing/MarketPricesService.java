package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.HoldingsWorth;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.InvalidPriceFileException;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.PriceHistoryFilesPort;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/** Live prices on demand, daily history into the database from files and from sources, and source health. */
public final class MarketPricesService implements MarketPricesUseCase {

    /** The longest window of {@link #worth}: ten years of days. */
    private static final int MAX_WORTH_DAYS = 3650;

    private final List<LivePricesPort> live;
    private final List<PriceHistoryPort> history;
    private final PriceHistoryStore store;
    private final PriceHistoryFilesPort files;
    private final Clock clock;

    public MarketPricesService(List<LivePricesPort> live, List<PriceHistoryPort> history, PriceHistoryStore store,
                               PriceHistoryFilesPort files, Clock clock) {
        this.live = List.copyOf(live);
        this.history = List.copyOf(history);
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public Pricing now(Set<Asset> coins, String source) {
        List<LivePricesPort> asked = live;
        if (source != null) {
            asked = live.stream().filter(port -> port.source().equalsIgnoreCase(source.strip())).toList();
            if (asked.isEmpty()) {
                throw new InvalidCommandException("source", "no live source '" + source + "': the sources are "
                        + live.stream().map(LivePricesPort::source).collect(Collectors.joining(", ")));
            }
        }
        return new MarketPricing(asked, clock).price(coins, PriceBook.of(Map.of()), Set.of(), PricingMode.AUTO,
                PricingPolicy.DEFAULT);
    }

    @Override
    public HistoryImport importHistory(Path path) {
        List<PriceFile> read;
        try {
            read = files.read(path);
        } catch (InvalidPriceFileException e) {
            throw new InvalidCommandException("path", e.getMessage(), e);
        }
        List<HistoryImport.FileOutcome> outcomes = new ArrayList<>();
        for (PriceFile file : read) {
            int newDays = store.save(file.closes());
            outcomes.add(new HistoryImport.FileOutcome(file.file(), file.asset(), file.closes().size(), newDays,
                    file.skipped()));
        }
        return new HistoryImport(outcomes);
    }

    @Override
    public Backfill backfill(Set<Asset> coins, int days, BackfillProgress progress) {
        if (days < 1) {
            throw new InvalidCommandException("days", "days must be at least 1, was " + days);
        }
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        LocalDate first = last.minusDays(days - 1L);
        List<Backfill.CoinOutcome> outcomes = new ArrayList<>();
        List<Asset> ordered = new ArrayList<>(new TreeSet<>(coins));
        for (Asset coin : ordered) {
            stopIfInterrupted();
            Backfill.CoinOutcome outcome = backfill(coin, first, last);
            outcomes.add(outcome);
            progress.coinDone(outcomes.size(), ordered.size(), outcome);
        }
        return new Backfill(first, last, outcomes);
    }

    private Backfill.CoinOutcome backfill(Asset coin, LocalDate first, LocalDate last) {
        Set<LocalDate> stored = new HashSet<>();
        store.closes(coin, first, last).forEach(close -> stored.add(close.day()));
        List<LocalDate[]> gaps = gaps(first, last, stored);
        int missing = gaps.stream().mapToInt(gap -> (int) (gap[1].toEpochDay() - gap[0].toEpochDay() + 1)).sum();
        if (gaps.isEmpty()) {
            return new Backfill.CoinOutcome(coin, Backfill.Status.COMPLETE, 0, 0, null, null);
        }
        List<String> problems = new ArrayList<>();
        boolean listed = false;
        for (PriceHistoryPort source : history) {
            stopIfInterrupted();
            try {
                List<DailyClose> fetched = new ArrayList<>();
                for (LocalDate[] gap : gaps) {
                    fetched.addAll(source.dailyCloses(coin, gap[0], gap[1]));
                }
                store.save(fetched);
                return new Backfill.CoinOutcome(coin, Backfill.Status.FETCHED, missing, fetched.size(), source.source(),
                        problems.isEmpty() ? null : String.join("; ", problems));
            } catch (UnknownCoinException e) {
                problems.add(e.getMessage());
            } catch (PriceSourceException e) {
                listed = true;
                problems.add(e.getMessage());
            }
        }
        stopIfInterrupted(); // the sources failed because the backfill was stopped, not on their own
        return new Backfill.CoinOutcome(coin, listed ? Backfill.Status.FAILED : Backfill.Status.UNKNOWN, missing, 0, null,
                problems.isEmpty() ? "no history source is configured" : String.join("; ", problems));
    }

    /**
     * A backfill whose thread is interrupted (its server stops) ends there, rather than going through the
     * remaining coins as failures: the sources refuse an interrupted thread's requests.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the backfill was stopped before it was done; the days fetched until then"
                    + " are stored");
        }
    }

    /** The runs of days from first to last that are not stored, as [from, to] pairs. */
    static List<LocalDate[]> gaps(LocalDate first, LocalDate last, Set<LocalDate> stored) {
        List<LocalDate[]> gaps = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!stored.contains(day) && start == null) {
                start = day;
            } else if (stored.contains(day) && start != null) {
                gaps.add(new LocalDate[] {start, day.minusDays(1)});
                start = null;
            }
        }
        if (start != null) {
            gaps.add(new LocalDate[] {start, last});
        }
        return gaps;
    }

    @Override
    public HoldingsWorth worth(Map<Asset, BigDecimal> quantities, int days) {
        if (days < 1 || days > MAX_WORTH_DAYS) {
            throw new InvalidCommandException("days", "days must be 1 to " + MAX_WORTH_DAYS + ", was " + days);
        }
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        LocalDate first = last.minusDays(days - 1L);
        Map<LocalDate, BigDecimal> sums = new TreeMap<>();
        Map<LocalDate, Integer> priced = new HashMap<>();
        List<String> withoutHistory = new ArrayList<>();
        for (Map.Entry<Asset, BigDecimal> holding : new TreeMap<>(quantities).entrySet()) {
            List<DailyClose> closes = store.closes(holding.getKey(), first, last);
            if (closes.isEmpty()) {
                withoutHistory.add(holding.getKey().symbol());
            }
            for (DailyClose close : closes) {
                sums.merge(close.day(), holding.getValue().multiply(close.closeUsd()), BigDecimal::add);
                priced.merge(close.day(), 1, Integer::sum);
            }
        }
        List<HoldingsWorth.Day> series = new ArrayList<>();
        sums.forEach((day, usd) -> series.add(new HoldingsWorth.Day(day, usd.setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString(), priced.get(day))));
        return new HoldingsWorth(first, last, quantities.size(), series, withoutHistory);
    }

    @Override
    public List<SourceHealth> sources() {
        return live.stream().map(LivePricesPort::health).toList();
    }

    @Override
    public List<StoredHistory> storedHistory() {
        return store.coverage();
    }
}
