package com.cryptorebalancer.domain.location;

import java.util.Locale;

/**
 * What kind of place holds a coin. The order of the constants is the order in which the planner sells:
 * coins on an exchange's spot account can be sold at once, earn and staking accounts need a redemption
 * first, wallets need a transfer, hardware wallets need the device.
 */
public enum LocationKind {
    EXCHANGE_SPOT("exchange spot"),
    EXCHANGE_EARN("exchange earn/staking"),
    SOFTWARE_WALLET("software wallet"),
    APP_WALLET("chain/app wallet"),
    HARDWARE_WALLET("hardware wallet"),
    MANUAL("manual"),
    UNKNOWN("unknown");

    private final String label;

    LocationKind(String label) {
        this.label = label;
    }

    /** Words for people: "hardware wallet". */
    public String label() {
        return label;
    }

    /** Name on the wire and in files: "hardware_wallet". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Sell order: exchange spot, exchange earn, software and app wallets (same rank), hardware wallets,
     * then places whose nature we do not know.
     */
    public int sellRank() {
        switch (this) {
            case EXCHANGE_SPOT:
                return 0;
            case EXCHANGE_EARN:
                return 1;
            case SOFTWARE_WALLET:
            case APP_WALLET:
                return 2;
            case HARDWARE_WALLET:
                return 3;
            case MANUAL:
                return 4;
            default:
                return 5;
        }
    }

    /** Accepts "hardware_wallet", "hardware-wallet" or "HARDWARE_WALLET". */
    public static LocationKind fromCode(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LocationKind kind : values()) {
            if (kind.name().equals(normalised)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown location kind '" + code + "'; expected one of "
                + java.util.Arrays.stream(values()).map(LocationKind::code).toList());
    }
}
