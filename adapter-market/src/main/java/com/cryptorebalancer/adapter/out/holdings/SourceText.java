package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A source's whole content as text, read and decoded once.
 *
 * @param text  the content, decoded as UTF-8
 * @param start where the content starts: after the byte-order mark, if there is one
 */
record SourceText(String text, int start) {

    private static final int MAX_SHOWN = 300;

    /**
     * Reads and decodes {@code source}.
     *
     * @throws InvalidHoldingsFileException when it cannot be read, is not UTF-8, or holds nothing but
     *                                      white space
     */
    static SourceText read(HoldingsSource source) {
        // the byte-order mark is dropped before decoding: a single U+FEFF would make Java store the whole text
        // two bytes a character (UTF-16) instead of one (Latin-1), and every later read of it slower
        byte[] bytes = bytesOf(source);
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String text = decode(source.name(), bytes, bom ? 3 : 0);
        SourceText content = new SourceText(text, 0);
        if (content.firstVisible() < 0) {
            throw new InvalidHoldingsFileException(source.name(), "is empty: there is no header and no holding");
        }
        return content;
    }

    /** Whether the content is JSON: its first character other than white space is '[' or '{'. */
    boolean isJson() {
        char first = text.charAt(firstVisible());
        return first == '[' || first == '{';
    }

    /** The first line that is not blank, shortened for a message. */
    String firstLine() {
        int from = firstVisible();
        int to = from;
        while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
            to++;
        }
        String line = text.substring(from, to).strip();
        return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "...";
    }

    private int firstVisible() {
        for (int i = start; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytesOf(HoldingsSource source) {
        try (InputStream in = source.opener().open()) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new InvalidHoldingsFileException(source.name(), "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidHoldingsFileException(source.name(), "cannot read: permission denied");
        } catch (IOException e) {
            throw new InvalidHoldingsFileException(source.name(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Decodes in one pass; only when the result holds a replacement character (from a byte that is not
     * UTF-8, or a real U+FFFD) does a strict second pass decide which, and where.
     */
    private static String decode(String source, byte[] bytes, int from) {
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            int bad = firstBadByte(bytes);
            if (bad >= 0) {
                throw new InvalidHoldingsFileException(source, "line " + lineAt(bytes, bad)
                        + ": is not UTF-8 text; save the file as UTF-8 and import it again");
            }
        }
        return text;
    }

    /** The position of the first byte that is not UTF-8, or -1. */
    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true); // UTF-8 never has more chars than bytes
        return result.isError() ? in.position() : -1;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
