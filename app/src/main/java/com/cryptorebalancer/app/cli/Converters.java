package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values from text. A converter's message says what is wrong with the value; picocli puts the
 * option's name in front ("Invalid value for option '--cash': 'abc' is not a number").
 */
final class Converters {

    private Converters() {
    }

    /** A plain decimal number ("40", "12.5"); refuses anything else, quoting the token. */
    static BigDecimal number(String token, String context) {
        String text = token.strip();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(context + "'" + text + "' is not a number");
        }
    }

    /** A USD amount: a number, zero or more. */
    static final class Usd implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            BigDecimal usd = number(value, "");
            if (usd.signum() < 0) {
                throw new TypeConversionException("'" + value + "' must not be negative");
            }
            return usd;
        }
    }

    /** A calendar day, YYYY-MM-DD. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a day written YYYY-MM-DD");
            }
        }
    }

    /** A domain code ("buy-only", "edge", "hardware_wallet"), with the domain's own message when it is none. */
    private static <T> T code(Function<String, T> fromCode, String value) {
        try {
            return fromCode.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class Mode implements ITypeConverter<RebalanceMode> {
        @Override
        public RebalanceMode convert(String value) {
            return code(RebalanceMode::fromCode, value);
        }
    }

    static final class Pricing implements ITypeConverter<PricingMode> {
        @Override
        public PricingMode convert(String value) {
            return code(PricingMode::of, value);
        }
    }

    static final class Goal implements ITypeConverter<Band.Goal> {
        @Override
        public Band.Goal convert(String value) {
            return code(Band.Goal::fromCode, value);
        }
    }

    static final class Kind implements ITypeConverter<LocationKind> {
        @Override
        public LocationKind convert(String value) {
            return code(LocationKind::fromCode, value);
        }
    }
}
