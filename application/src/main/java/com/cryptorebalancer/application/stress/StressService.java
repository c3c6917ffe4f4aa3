package com.cryptorebalancer.application.stress;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.StressCommand;
import com.cryptorebalancer.application.port.in.StressReport;
import com.cryptorebalancer.application.port.in.StressUseCase;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.stress.EpisodeReplay;
import com.cryptorebalancer.domain.stress.EpisodeResult;
import com.cryptorebalancer.domain.stress.Exposure;
import com.cryptorebalancer.domain.stress.HistoricalEpisodes;
import com.cryptorebalancer.domain.stress.Shock;
import com.cryptorebalancer.domain.stress.ShockResult;
import com.cryptorebalancer.domain.stress.ShockScenario;
import com.cryptorebalancer.domain.stress.StressEpisode;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stress tests of the current portfolio: its holdings that count (priced, positive, not dust) by coin and
 * group at their current values, replayed through historical episodes with the stored closes of each
 * episode's first and last day, and moved by the shocks asked.
 */
public final class StressService implements StressUseCase {

    private final CurrentPortfolioUseCase current;
    private final PriceHistoryStore store;

    public StressService(CurrentPortfolioUseCase current, PriceHistoryStore store) {
        this.current = current;
        this.store = store;
    }

    @Override
    public StressReport stress(StressCommand command) {
        List<StressEpisode> episodes = episodes(command.episodes());
        CurrentPortfolio portfolio = current.current(command.minUsd());
        List<Shock> shocks = shocks(command.shocks(), portfolio.portfolio().taxonomy());
        List<Exposure> exposures = exposures(portfolio.view().overview());
        List<EpisodeResult> results = new ArrayList<>();
        for (StressEpisode episode : episodes) {
            results.add(EpisodeReplay.replay(episode, exposures, endCloses(episode, exposures)));
        }
        ShockResult shocked;
        try {
            shocked = shocks.isEmpty() ? null : ShockScenario.apply(exposures, shocks);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("shocks", e.getMessage(), e);
        }
        return new StressReport(portfolio.basis(), portfolio.view().overview().total().value(), results, shocked);
    }

    @Override
    public List<StressEpisode> episodes() {
        return HistoricalEpisodes.ALL;
    }

    private static List<StressEpisode> episodes(List<String> ids) {
        if (ids.isEmpty()) {
            return HistoricalEpisodes.ALL;
        }
        List<StressEpisode> episodes = new ArrayList<>();
        for (String id : ids) {
            StressEpisode episode = (id == null ? Optional.<StressEpisode>empty() : HistoricalEpisodes.find(id))
                    .orElseThrow(() -> new InvalidCommandException("episodes", "unknown episode '" + id
                            + "': the episodes are " + HistoricalEpisodes.ALL.stream().map(StressEpisode::id)
                            .collect(Collectors.joining(", "))));
            if (!episodes.contains(episode)) {
                episodes.add(episode);
            }
        }
        return episodes;
    }

    private static List<Shock> shocks(List<String> texts, Taxonomy taxonomy) {
        List<Shock> shocks = new ArrayList<>();
        for (String text : texts) {
            try {
                shocks.add(Shock.parse(text, taxonomy));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidCommandException("shocks", e.getMessage(), e);
            }
        }
        return shocks;
    }

    /** Each coin held in each group, at its value now, in the taxonomy's group order. */
    private static List<Exposure> exposures(PortfolioOverview overview) {
        List<Exposure> exposures = new ArrayList<>();
        for (PortfolioOverview.GroupTotal group : overview.groups()) {
            for (PortfolioOverview.CoinTotal coin : group.coins()) {
                if (coin.value().isPositive()) {
                    exposures.add(new Exposure(coin.coin(), group.group(), coin.value().value()));
                }
            }
        }
        return exposures;
    }

    /** The stored closes of each held coin on the episode's first and last day (none when not stored). */
    private Map<Asset, List<DailyClose>> endCloses(StressEpisode episode, List<Exposure> exposures) {
        Map<Asset, List<DailyClose>> closes = new LinkedHashMap<>();
        for (Exposure exposure : exposures) {
            closes.computeIfAbsent(exposure.coin(), coin -> {
                List<DailyClose> ends = new ArrayList<>(store.closes(coin, episode.start(), episode.start()));
                ends.addAll(store.closes(coin, episode.end(), episode.end()));
                return ends;
            });
        }
        return closes;
    }
}
