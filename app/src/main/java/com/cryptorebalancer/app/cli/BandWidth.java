package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.domain.rebalancing.Band;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --band}: {@code 5} (or {@code 5pp}) is 5 percentage points around each target;
 * {@code 20%} is 20 % of each group's own target (a 10 % target may then drift from 8 % to 12 %).
 */
record BandWidth(BigDecimal width, Band.Unit unit) {

    Band toBand(Band.Goal goal) {
        try {
            return new Band(width, unit, goal);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("band", "--band: " + e.getMessage(), e);
        }
    }

    static final class Converter implements ITypeConverter<BandWidth> {
        @Override
        public BandWidth convert(String value) {
            String text = value.strip();
            Band.Unit unit = Band.Unit.POINTS;
            if (text.endsWith("%")) {
                unit = Band.Unit.RELATIVE;
                text = text.substring(0, text.length() - 1);
            } else if (text.endsWith("pp")) {
                text = text.substring(0, text.length() - 2);
            }
            BigDecimal width = Converters.number(text, "'" + value + "': ");
            if (width.signum() <= 0) {
                throw new TypeConversionException("'" + value + "': the band width must be positive");
            }
            return new BandWidth(width, unit);
        }
    }
}
