package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.suggest.CovarianceEstimator;
import com.cryptorebalancer.domain.suggest.SuggestionMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Suggest target weights for the current portfolio from its coins' stored daily closes.
 *
 * @param method           min-variance, risk-parity or max-sharpe
 * @param level            whether the assets are the groups (default) or the coins
 * @param windowDays       how many daily returns to use, ending at {@code end} (default 365)
 * @param end              the last day of the window; null = the latest day stored for any of the portfolio's coins
 * @param floors           lowest weights in percent (0 to 100) by group or coin name, following {@code level}
 * @param caps             highest weights in percent (0 to 100) by group or coin name
 * @param covariance       the covariance estimator; null = the method's default (sample for min-variance and
 *                         risk-parity, Ledoit-Wolf constant correlation for max-sharpe)
 * @param riskFreePercent  the annual risk-free rate in percent for max-sharpe (default 0)
 */
public record SuggestQuery(SuggestionMethod method, Level level, Integer windowDays, LocalDate end,
                           Map<String, BigDecimal> floors, Map<String, BigDecimal> caps,
                           CovarianceEstimator covariance, BigDecimal riskFreePercent) {

    /** The default window: a year of daily returns. */
    public static final int DEFAULT_WINDOW_DAYS = 365;
    /** The longest window: ten years. */
    public static final int MAX_WINDOW_DAYS = 3650;
    /** The shortest window: a covariance needs two returns, and a week is the least worth suggesting from. */
    public static final int MIN_WINDOW_DAYS = 7;

    /** What the suggestion chooses weights for. */
    public enum Level {
        /** Each group as a value-weighted index of its coins that have history. */
        GROUPS("groups"),
        /** Each coin with history. */
        COINS("coins");

        private final String code;

        Level(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** @throws InvalidCommandException (field {@code level}) for any other word than groups or coins */
        public static Level of(String code) {
            for (Level level : values()) {
                if (level.code.equalsIgnoreCase(code.strip())) {
                    return level;
                }
            }
            throw new InvalidCommandException("level", "level must be groups or coins, was '" + code + "'");
        }
    }

    public SuggestQuery {
        Validation.required(method, "method");
        level = level == null ? Level.GROUPS : level;
        windowDays = windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
        if (windowDays < MIN_WINDOW_DAYS || windowDays > MAX_WINDOW_DAYS) {
            throw new InvalidCommandException("window_days", "window_days must be " + MIN_WINDOW_DAYS + " to "
                    + MAX_WINDOW_DAYS + ", was " + windowDays);
        }
        floors = percents(floors, "floors");
        caps = percents(caps, "caps");
        if (method == SuggestionMethod.MAX_SHARPE && covariance == CovarianceEstimator.SAMPLE) {
            throw new InvalidCommandException("covariance", "max-sharpe works on a Ledoit-Wolf covariance ("
                    + CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.code() + " or "
                    + CovarianceEstimator.LEDOIT_WOLF_SCALED_IDENTITY.code() + "), not on the sample one");
        }
        riskFreePercent = riskFreePercent == null ? BigDecimal.ZERO : riskFreePercent;
        // compared before any arithmetic, so that 1e999999999 is refused rather than computed with
        if (riskFreePercent.compareTo(new BigDecimal("-100")) <= 0 || riskFreePercent.compareTo(new BigDecimal("100")) > 0) {
            throw new InvalidCommandException("risk_free_percent", "risk_free_percent must be above -100 and at most 100 "
                    + "(percent a year), was " + riskFreePercent.toPlainString());
        }
    }

    /** A query with every default: groups, 365 days to the latest stored day, no bounds. */
    public static SuggestQuery of(SuggestionMethod method) {
        return new SuggestQuery(method, null, null, null, null, null, null, null);
    }

    /**
     * A query as a person types it: the method, level and covariance by their codes (null for the defaults but
     * the method); an unknown code is refused naming its field.
     */
    public static SuggestQuery parse(String method, String level, Integer windowDays, LocalDate end,
                                     Map<String, BigDecimal> floors, Map<String, BigDecimal> caps, String covariance,
                                     BigDecimal riskFreePercent) {
        return new SuggestQuery(code(SuggestionMethod::ofCode, Validation.required(method, "method"), "method"),
                level == null ? null : Level.of(level), windowDays, end, floors, caps,
                covariance == null ? null : code(CovarianceEstimator::ofCode, covariance, "covariance"), riskFreePercent);
    }

    private static <T> T code(Function<String, T> parse, String value, String field) {
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(field, e.getMessage(), e);
        }
    }

    private static Map<String, BigDecimal> percents(Map<String, BigDecimal> given, String field) {
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        if (given == null) {
            return checked;
        }
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            String name = entry.getKey();
            BigDecimal percent = entry.getValue();
            if (name == null || name.isBlank()) {
                throw new InvalidCommandException(field, field + " need a group or coin name for each value");
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0) {
                throw new InvalidCommandException(field, "the " + field.substring(0, field.length() - 1) + " of " + name
                        + " must be 0 to 100 (percent), was " + (percent == null ? "missing" : percent.toPlainString()));
            }
            checked.put(name.strip(), percent);
        }
        return checked;
    }
}
