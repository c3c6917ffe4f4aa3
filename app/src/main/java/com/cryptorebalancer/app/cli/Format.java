package com.cryptorebalancer.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code plan}; {@code groups} and {@code taxonomy list} offer the first two ({@link View}). */
enum Format {
    TABLE, JSON, CSV;

    /** Lower case in help texts and messages, as people type it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Formats without CSV, for reports that are not one row per trade. */
    enum View {
        TABLE, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a format here; expected "
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(" or ")));
    }

    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return parse(Format.class, value);
        }
    }

    static final class ViewConverter implements ITypeConverter<View> {
        @Override
        public View convert(String value) {
            return parse(View.class, value);
        }
    }
}
