package com.cryptorebalancer.app.cli;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --target}: {@code "BTC=40,ETH=25,Stablecoins=10,..."}, percent by group name
 * (any case; a trailing {@code %} is allowed). Whether the names are groups and the sum is 100 is
 * checked by the planner, which knows the taxonomy.
 */
record InlineTargets(Map<String, BigDecimal> percents) {

    InlineTargets {
        percents = Collections.unmodifiableMap(new LinkedHashMap<>(percents));
    }

    static final class Converter implements ITypeConverter<InlineTargets> {
        @Override
        public InlineTargets convert(String value) {
            Map<String, BigDecimal> percents = new LinkedHashMap<>();
            for (String raw : value.split(",", -1)) {
                String token = raw.strip();
                int equals = token.indexOf('=');
                if (equals <= 0 || token.substring(0, equals).isBlank()) {
                    throw new TypeConversionException("'" + token + "': expected GROUP=PERCENT, e.g. BTC=40,ETH=25,Stablecoins=35");
                }
                String group = token.substring(0, equals).strip();
                String percent = token.substring(equals + 1).strip();
                percent = percent.endsWith("%") ? percent.substring(0, percent.length() - 1) : percent;
                boolean repeated = percents.keySet().stream().anyMatch(group::equalsIgnoreCase);
                if (repeated) {
                    throw new TypeConversionException("'" + token + "': group " + group + " is given twice");
                }
                percents.put(group, Converters.number(percent, "'" + token + "': "));
            }
            return new InlineTargets(percents);
        }
    }
}
