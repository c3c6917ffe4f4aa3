package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.StressReport;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.stress.CoinImpact;
import com.cryptorebalancer.domain.stress.CoinMove;
import com.cryptorebalancer.domain.stress.EpisodeResult;
import com.cryptorebalancer.domain.stress.GroupImpact;
import com.cryptorebalancer.domain.stress.GroupMove;
import com.cryptorebalancer.domain.stress.Shock;
import com.cryptorebalancer.domain.stress.ShockResult;
import com.cryptorebalancer.domain.stress.StressEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A stress report as the API shows it: changes are fractions, negative for losses (risk-conventions.md),
 * amounts exact strings. An episode no held coin has closes for has a null change and a note saying why;
 * never 0.
 *
 * @param totalValueUsd what the holdings stressed are worth now
 * @param shocks        null when no shock was asked
 */
public record StressView(CurrentPortfolio.Basis basis, String totalValueUsd, List<EpisodeLine> episodes, ShockLines shocks) {

    /** A historical episode: from BTC's close on {@code start} to its close on {@code end}. */
    public record Episode(String id, String name, LocalDate start, LocalDate end, String why) {

        public static Episode of(StressEpisode episode) {
            return new Episode(episode.id(), episode.name(), episode.start(), episode.end(), episode.why());
        }
    }

    /**
     * An episode replayed on today's holdings.
     *
     * @param portfolioChange Σ w_i (P_end / P_start - 1) over the covered coins, weights renormalised over them;
     *                        null when no coin is covered
     * @param coveredShare    the share of the portfolio's value held in covered coins (0 to 1)
     * @param groups          worst first
     * @param coins           worst first
     * @param withoutHistory  the held coins without a close on both days
     * @param note            what the change covers, in words
     */
    public record EpisodeLine(String id, String name, LocalDate start, LocalDate end, String why, Double portfolioChange,
                              double coveredShare, String coveredValueUsd, List<GroupMoveLine> groups,
                              List<CoinMoveLine> coins, List<String> withoutHistory, String note) {
    }

    /** @param weight the group's share of the covered value */
    public record GroupMoveLine(String group, double weight, double change, int coins) {
    }

    /** @param weight the coin's share of the covered value */
    public record CoinMoveLine(String coin, String group, double weight, double startClose, double endClose, double change) {
    }

    /**
     * The shocks asked, applied to today's holdings.
     *
     * @param change    {@code change_usd / total_value_usd}; null when nothing is held
     * @param unmatched the shocks that moved nothing, as written back ({@code Memecoins}, {@code coin:XYZ})
     */
    public record ShockLines(List<ShockLine> shocks, String totalValueUsd, String changeUsd, Double change,
                             List<GroupImpactLine> groups, List<CoinImpactLine> coins, List<String> unmatched) {
    }

    /** @param target a group's name, or {@code coin:SYMBOL} */
    public record ShockLine(String target, double change) {
    }

    public record GroupImpactLine(String group, String valueUsd, String changeUsd, double change) {
    }

    /** @param appliedBy the shock applied ({@code coin:BTC} or a group's name), null when none applies */
    public record CoinImpactLine(String coin, String group, String valueUsd, double change, String appliedBy,
                                 String changeUsd) {
    }

    public static StressView of(StressReport report) {
        return new StressView(report.basis(), Amounts.usd(report.totalValueUsd()),
                report.episodes().stream().map(StressView::episode).toList(),
                report.shocks() == null ? null : shocks(report.shocks()));
    }

    private static EpisodeLine episode(EpisodeResult result) {
        StressEpisode episode = result.episode();
        return new EpisodeLine(episode.id(), episode.name(), episode.start(), episode.end(), episode.why(),
                result.covered() ? result.portfolioChange() : null, result.coveredShare(),
                Amounts.usd(result.coveredValueUsd()),
                result.groups().stream().map(StressView::groupMove).toList(),
                result.coins().stream().map(StressView::coinMove).toList(), symbols(result.withoutHistory()),
                note(result));
    }

    private static GroupMoveLine groupMove(GroupMove move) {
        return new GroupMoveLine(move.group().name(), move.weight(), move.change(), move.coins());
    }

    private static CoinMoveLine coinMove(CoinMove move) {
        return new CoinMoveLine(move.coin().symbol(), move.group().name(), move.weight(), move.startClose(),
                move.endClose(), move.change());
    }

    /** What the change covers: all of the value, part of it (and what is missing), or nothing. */
    static String note(EpisodeResult result) {
        String days = result.episode().start() + " and " + result.episode().end();
        if (!result.covered()) {
            return "no coin held has stored closes on both " + days + ": upload or backfill their daily history";
        }
        if (result.withoutHistory().isEmpty()) {
            return "covers all of the portfolio's value";
        }
        String missing = result.withoutHistory().stream().map(Asset::symbol).limit(10).collect(Collectors.joining(", "))
                + (result.withoutHistory().size() > 10 ? " and " + (result.withoutHistory().size() - 10) + " more" : "");
        return "covers " + percent(result.coveredShare()) + " of the portfolio's value; without closes on both " + days
                + ": " + missing;
    }

    private static ShockLines shocks(ShockResult result) {
        return new ShockLines(result.shocks().stream().map(s -> new ShockLine(s.target(), s.change().doubleValue())).toList(),
                Amounts.usd(result.totalValueUsd()), Amounts.usd(result.changeUsd()),
                Double.isNaN(result.change()) ? null : result.change(),
                result.groups().stream().map(StressView::groupImpact).toList(),
                result.coins().stream().map(StressView::coinImpact).toList(),
                result.unmatched().stream().map(Shock::target).toList());
    }

    private static GroupImpactLine groupImpact(GroupImpact impact) {
        return new GroupImpactLine(impact.group().name(), Amounts.usd(impact.valueUsd()), Amounts.usd(impact.changeUsd()),
                impact.change());
    }

    private static CoinImpactLine coinImpact(CoinImpact impact) {
        return new CoinImpactLine(impact.coin().symbol(), impact.group().name(), Amounts.usd(impact.valueUsd()),
                impact.change().doubleValue(), impact.appliedBy(), Amounts.usd(impact.changeUsd()));
    }

    /** 0.625 → "62.5 %" (one decimal: a share of value in a sentence). */
    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static List<String> symbols(List<Asset> assets) {
        return assets.stream().map(Asset::symbol).toList();
    }
}
