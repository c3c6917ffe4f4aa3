package com.cryptorebalancer.application.suggest;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.SuggestQuery;
import com.cryptorebalancer.application.port.in.SuggestResult;
import com.cryptorebalancer.application.port.in.SuggestUseCase;
import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.suggest.AllocationBounds;
import com.cryptorebalancer.domain.suggest.AllocationSuggester;
import com.cryptorebalancer.domain.suggest.SuggestedWeight;
import com.cryptorebalancer.domain.suggest.Suggestion;
import com.cryptorebalancer.domain.suggest.SuggestionRefusedException;
import com.cryptorebalancer.domain.suggest.SuggestionRequest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggestions for the current portfolio (holdings that count at the settings' minimum value) from the
 * stored daily closes; see {@link SuggestionUniverse} for which coins are used and how groups become indices.
 */
public final class SuggestService implements SuggestUseCase {

    private final CurrentPortfolioUseCase portfolio;
    private final PriceHistoryStore history;
    private final TargetProfilesUseCase profiles;

    public SuggestService(CurrentPortfolioUseCase portfolio, PriceHistoryStore history, TargetProfilesUseCase profiles) {
        this.portfolio = portfolio;
        this.history = history;
        this.profiles = profiles;
    }

    @Override
    public SuggestResult suggest(SuggestQuery query) {
        CurrentPortfolio current = portfolio.current(null);
        PortfolioOverview overview = current.view().overview();
        if (!overview.total().isPositive()) {
            throw new InvalidCommandException(null, "the portfolio holds nothing of value to suggest weights for");
        }
        LocalDate last = query.end() != null ? query.end() : latestStoredDay(overview);
        LocalDate first = last.minusDays(query.windowDays());
        SuggestionUniverse universe = SuggestionUniverse.build(overview, query.level(), history, first, last);
        List<String> notes = new ArrayList<>();
        AllocationBounds bounds = SuggestionBounds.of(query, universe, current.portfolio().taxonomy(), notes);
        Suggestion suggestion = suggestion(query, universe, bounds);
        BigDecimal total = overview.total().value();
        BigDecimal covered = universe.coveredUsd().multiply(BigDecimal.valueOf(100))
                .divide(total, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
        notes.add(0, (query.level() == SuggestQuery.Level.GROUPS
                ? "each group is an index of its coins with history, weighted by their current value and rebalanced "
                + "daily; a group's current weight counts all its coins; "
                : "each coin with history is an asset; ")
                + "the coins used cover " + covered.toPlainString() + " % of the portfolio's value, and current weights "
                + "are taken relative to the assets suggested for");
        return new SuggestResult(query.level(), universe.first(), universe.last(), suggestion, universe.components(),
                universe.leftOut(), total, covered, notes);
    }

    @Override
    public TargetProfile saveAsProfile(String name, SuggestQuery query) {
        if (query.level() != SuggestQuery.Level.GROUPS) {
            throw new InvalidCommandException("level", "only a suggestion for groups can become a target profile "
                    + "(targets are by group), this one is for coins");
        }
        SuggestResult result = suggest(query);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (SuggestedWeight weight : result.suggestion().weights()) {
            weights.put(weight.name(), weight.weight());
        }
        Map<String, BigDecimal> targets = TargetPercents.of(weights);
        result.leftOut().stream().filter(out -> out.kind() == SuggestResult.LeftOut.Kind.GROUP)
                .forEach(out -> targets.put(out.name(), BigDecimal.ZERO));
        return profiles.create(name, targets);
    }

    private static Suggestion suggestion(SuggestQuery query, SuggestionUniverse universe, AllocationBounds bounds) {
        double riskFree = query.riskFreePercent().doubleValue() / 100;
        try {
            return AllocationSuggester.suggest(new SuggestionRequest(query.method(), universe.returns(), bounds,
                    universe.currentWeights(), query.covariance(), riskFree));
        } catch (SuggestionRefusedException e) {
            throw new InvalidCommandException("method", query.method().code() + ": " + e.getMessage(), e);
        }
    }

    /** The latest day stored for any coin the portfolio holds. */
    private LocalDate latestStoredDay(PortfolioOverview overview) {
        Set<Asset> held = overview.groups().stream().flatMap(group -> group.coins().stream())
                .map(PortfolioOverview.CoinTotal::coin).collect(Collectors.toSet());
        return history.coverage().stream().filter(stored -> held.contains(stored.asset()))
                .map(StoredHistory::last).max(LocalDate::compareTo)
                .orElseThrow(() -> new InvalidCommandException(null, "no daily closes are stored for any coin of the "
                        + "portfolio: import or backfill history first"));
    }
}
