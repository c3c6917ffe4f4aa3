package com.cryptorebalancer.domain.suggest;

/** How target weights are suggested, and the covariance each uses unless told otherwise. */
public enum SuggestionMethod {

    /** The least variance within the bounds (a quadratic programme). */
    MIN_VARIANCE("min-variance", CovarianceEstimator.SAMPLE),
    /** Equal risk contributions (see {@link RiskParity} for what bounds do to them). */
    RISK_PARITY("risk-parity", CovarianceEstimator.SAMPLE),
    /** The highest Sharpe ratio on a Ledoit-Wolf covariance, with the sample mean returns as expected returns. */
    MAX_SHARPE("max-sharpe", CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION);

    private final String code;
    private final CovarianceEstimator defaultCovariance;

    SuggestionMethod(String code, CovarianceEstimator defaultCovariance) {
        this.code = code;
        this.defaultCovariance = defaultCovariance;
    }

    public String code() {
        return code;
    }

    public CovarianceEstimator defaultCovariance() {
        return defaultCovariance;
    }

    /** The method named {@code code} (any case). */
    public static SuggestionMethod ofCode(String code) {
        for (SuggestionMethod method : values()) {
            if (method.code.equalsIgnoreCase(code.strip())) {
                return method;
            }
        }
        throw new IllegalArgumentException("no suggestion method '" + code + "': use min-variance, risk-parity or max-sharpe");
    }
}
