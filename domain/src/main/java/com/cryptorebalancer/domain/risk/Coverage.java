package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of the portfolio's coins the risk figures are computed on, and what share of its value they are.
 *
 * <p>The rule: a coin is <b>covered</b> when it has a close on at least {@value #MIN_DAY_SHARE_PERCENT} %
 * of the window's calendar days. A coin with closes on fewer days has a <b>short history</b> (it was
 * listed inside the window, its history stops early, or it has gaps) and is left out, because the
 * inner join on common days would otherwise cut every other coin's window down to its days. A coin with
 * no close in the window has <b>no history</b>. The figures are computed on the covered coins only, their
 * weights renormalised to sum to 1 among them; the missing coins are never treated as cash. A covered
 * coin may still lack up to 5 % of the days: those days are left out for every coin (nothing is filled),
 * and each figure's {@link SampleWindow} says how many returns it was computed on.
 *
 * @param covered         the coins the figures are computed on, in the portfolio's order
 * @param shortHistory    coins with some closes in the window, but too few
 * @param withoutHistory  coins with no close in the window
 * @param coveredValue    what the covered coins are worth now
 * @param totalValue      what the portfolio's coins are worth now
 * @param valueShare      coveredValue / totalValue (undefined for an empty portfolio)
 */
public record Coverage(RiskWindow window, List<Asset> covered, List<ShortHistory> shortHistory,
                       List<Asset> withoutHistory, UsdAmount coveredValue, UsdAmount totalValue, Figure valueShare) {

    /** The least share of the window's days a coin needs closes on to be covered, in percent. */
    public static final int MIN_DAY_SHARE_PERCENT = 95;

    /** A coin left out for want of closes: how many it has in the window, and its first and last. */
    public record ShortHistory(Asset coin, int days, LocalDate first, LocalDate last) {
    }

    public Coverage {
        Objects.requireNonNull(window, "coverage needs its window");
        covered = List.copyOf(covered);
        shortHistory = List.copyOf(shortHistory);
        withoutHistory = List.copyOf(withoutHistory);
    }

    /** Sorts the holdings' coins into covered, short and without history over the window. */
    public static Coverage assess(List<RiskHolding> holdings, Map<Asset, ? extends Collection<DailyClose>> history,
                                  RiskWindow window) {
        List<Asset> covered = new ArrayList<>();
        List<ShortHistory> shortOnes = new ArrayList<>();
        List<Asset> none = new ArrayList<>();
        BigDecimal coveredUsd = BigDecimal.ZERO;
        BigDecimal totalUsd = BigDecimal.ZERO;
        for (RiskHolding holding : holdings) {
            DaysInWindow days = daysWithCloses(history.get(holding.coin()), window);
            totalUsd = totalUsd.add(holding.value().value());
            if (days.count() == 0) {
                none.add(holding.coin());
            } else if (isEnough(days.count(), window)) {
                covered.add(holding.coin());
                coveredUsd = coveredUsd.add(holding.value().value());
            } else {
                shortOnes.add(new ShortHistory(holding.coin(), days.count(), days.first(), days.last()));
            }
        }
        Figure share = totalUsd.signum() == 0 ? Figure.undefined("the portfolio holds no coin worth counting")
                : Figure.of(coveredUsd.divide(totalUsd, MathContext.DECIMAL64).doubleValue());
        return new Coverage(window, covered, shortOnes, none, new UsdAmount(coveredUsd), new UsdAmount(totalUsd), share);
    }

    /** Whether a coin with closes on {@code days} of the window's days is covered. */
    public static boolean isEnough(int days, RiskWindow window) {
        return days * 100L >= (long) MIN_DAY_SHARE_PERCENT * window.calendarDays();
    }

    /** Whether every coin is covered (the figures are the whole portfolio's). */
    public boolean complete() {
        return shortHistory.isEmpty() && withoutHistory.isEmpty();
    }

    /** In words, for a report's footnote. */
    public String note() {
        if (covered.isEmpty()) {
            return complete() ? "the portfolio holds no coin worth counting: there are no figures"
                    : "no coin of the portfolio has closes on " + MIN_DAY_SHARE_PERCENT + " % of the window's days:"
                    + " there are no figures";
        }
        if (complete()) {
            return "the figures cover every coin of the portfolio";
        }
        return String.format(java.util.Locale.ROOT, "the figures cover %.1f %% of the portfolio's value (%d of %d"
                        + " coins), weights renormalised among them; left out: %d with a short history, %d without",
                100 * valueShare.value(), covered.size(), covered.size() + shortHistory.size() + withoutHistory.size(),
                shortHistory.size(), withoutHistory.size());
    }

    /** How many distinct days of the window the closes fall on, and the first and last of them. */
    static DaysInWindow daysWithCloses(Collection<DailyClose> closes, RiskWindow window) {
        // a hash set rather than a tree: this runs over every close of every coin, and order is not needed
        Set<LocalDate> days = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        if (closes != null) {
            for (DailyClose close : closes) {
                LocalDate day = close.day();
                if (window.contains(day) && days.add(day)) {
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        return new DaysInWindow(days.size(), first, last);
    }

    /** The days a coin has closes on in the window: how many, the first and the last (null when none). */
    record DaysInWindow(int count, LocalDate first, LocalDate last) {
    }
}
