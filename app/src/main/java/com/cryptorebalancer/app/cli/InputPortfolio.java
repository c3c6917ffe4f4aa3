package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.ShowPortfolioQuery;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The command line's "current portfolio": the holdings of the files given with {@code --input}, or the bundled
 * demo portfolio, as every command of the command line takes them; the analyses (risk, stress, suggestions,
 * backtests) are the server's, run on these holdings.
 */
final class InputPortfolio implements CurrentPortfolioUseCase {

    private final ShowPortfolioUseCase show;
    private final HoldingsInputs inputs;

    InputPortfolio(ShowPortfolioUseCase show, HoldingsInputs inputs) {
        this.show = show;
        this.inputs = inputs;
    }

    @Override
    public CurrentPortfolio current(BigDecimal minUsd) {
        ShowPortfolioQuery query = new ShowPortfolioQuery(inputs.sources(), inputs.lenient,
                minUsd == null ? inputs.minUsd : minUsd);
        return show.portfolio(query, new CurrentPortfolio.Basis(null, null, inputs.usesDemo(), inputs.describe()));
    }

    @Override
    public Map<Asset, BigDecimal> quantities() {
        return show.quantities(new ShowPortfolioQuery(inputs.sources(), inputs.lenient, BigDecimal.ZERO));
    }
}
