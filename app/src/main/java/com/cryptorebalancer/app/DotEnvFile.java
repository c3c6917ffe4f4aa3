package com.cryptorebalancer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=VALUE} lines, blank lines and {@code #} comment lines ignored,
 * an optional {@code export } before the key, and the value optionally in single or double quotes
 * (taken as written, without escapes). A missing file is no settings.
 */
final class DotEnvFile {

    private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

    private DotEnvFile() {
    }

    /** @throws InvalidConfigException naming the file and line of a line that is not KEY=VALUE */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e + ")", e);
        }
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher match = LINE.matcher(line);
            if (!match.matches()) {
                throw new InvalidConfigException(file + ": line " + (i + 1) + ": expected KEY=VALUE, found '" + line + "'", null);
            }
            settings.put(match.group(1), unquoted(match.group(2), file, i + 1));
        }
        return settings;
    }

    private static String unquoted(String value, Path file, int line) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first != '"' && first != '\'') {
            return value;
        }
        if (value.length() < 2 || value.charAt(value.length() - 1) != first) {
            throw new InvalidConfigException(file + ": line " + line + ": the value " + value + " has no closing " + first, null);
        }
        return value.substring(1, value.length() - 1);
    }
}
