package com.cryptorebalancer.adapter.out.holdings;

import java.util.List;

/**
 * The column names of a CSV file as its header spells them (trimmed, without quotes), looked up
 * without regard to case. Every format recognises its header through it.
 *
 * @param names the names in file order
 * @param line  the physical line of the header
 */
record CsvHeader(List<String> names, int line) {

    public CsvHeader {
        names = List.copyOf(names);
    }

    /** The header as the current record of {@code reader}. */
    public static CsvHeader of(CsvReader reader) {
        return new CsvHeader(reader.fields(), reader.line());
    }

    public int size() {
        return names.size();
    }

    /** The position of the column called {@code name} (any case), or -1 when there is none. */
    public int indexOf(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** Whether every one of {@code required} is a column. */
    public boolean hasAll(List<String> required) {
        return required.stream().allMatch(this::has);
    }

    /** The column's name as the header spells it, or null for -1 (a column the file does not have). */
    public String nameAt(int index) {
        return index < 0 ? null : names.get(index);
    }
}
