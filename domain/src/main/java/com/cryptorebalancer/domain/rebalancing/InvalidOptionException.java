package com.cryptorebalancer.domain.rebalancing;

/** A plan option refused, naming the option at fault ({@code band}, {@code cash_usd}, ...). */
public class InvalidOptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String option;

    public InvalidOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option at fault, by its name in the API and the plan's JSON. */
    public String option() {
        return option;
    }
}
