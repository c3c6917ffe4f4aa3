package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.portfolio.Portfolio;
import java.time.Instant;
import java.util.Objects;

/**
 * The current portfolio: the newest snapshot's holdings classified with today's taxonomy, or the
 * bundled demo portfolio while nothing has been imported.
 *
 * @param basis     where the holdings came from
 * @param portfolio the classified holdings
 * @param view      totals by group and location (holdings under the minimum value left out, and counted)
 */
public record CurrentPortfolio(Basis basis, Portfolio portfolio, PortfolioView view) {

    /**
     * @param snapshotId null for the demo portfolio
     * @param takenAt    when the snapshot was imported, null for the demo portfolio
     * @param source     in words: the file's name, or the demo portfolio's
     */
    public record Basis(Long snapshotId, Instant takenAt, boolean demo, String source) {
    }

    public CurrentPortfolio {
        Objects.requireNonNull(basis, "current portfolio needs its basis");
        Objects.requireNonNull(portfolio, "current portfolio needs its holdings");
        Objects.requireNonNull(view, "current portfolio needs its view");
    }
}
