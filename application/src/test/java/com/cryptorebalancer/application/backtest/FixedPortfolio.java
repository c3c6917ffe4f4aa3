package com.cryptorebalancer.application.backtest;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The current portfolio as given (classified with the default taxonomy); the minimum value defaults to 0. */
public final class FixedPortfolio implements CurrentPortfolioUseCase {

    public static final CurrentPortfolio.Basis BASIS = new CurrentPortfolio.Basis(null, null, true, "test portfolio");

    private final Portfolio portfolio;

    public FixedPortfolio(HoldingsTestData holdings) {
        this.portfolio = holdings.classified();
    }

    @Override
    public CurrentPortfolio current(BigDecimal minUsd) {
        UsdAmount min = new UsdAmount(minUsd == null ? BigDecimal.ZERO : minUsd);
        return new CurrentPortfolio(BASIS, portfolio, new PortfolioView(PortfolioOverview.of(portfolio, min), List.of()));
    }

    @Override
    public Map<Asset, BigDecimal> quantities() {
        Map<Asset, BigDecimal> quantities = new TreeMap<>();
        for (Position position : portfolio.positions()) {
            quantities.merge(position.coin(), position.holding().quantity().value(), BigDecimal::add);
        }
        return quantities;
    }
}
