package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's finished text goes: stdout, or the {@code --output} file; notes go to stderr. */
final class Output {

    /** Writes a report's text; used to stream a large report instead of holding it whole as a String. */
    @FunctionalInterface
    interface Rendering {
        void writeTo(Writer out) throws IOException;

        /** The same text as UTF-8 bytes; a rendering that can write bytes itself does it faster. */
        default void writeTo(OutputStream out) throws IOException {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeTo(text);
            text.flush();
        }
    }

    private Output() {
    }

    /**
     * Streams {@code rendering} to stdout, or to the {@code --output} file through a temporary file in the
     * same directory moved into place at the end, so a failure never leaves half a report in the file.
     */
    static void emit(CommandSpec spec, Rendering rendering, Path file, List<String> notes) {
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("note: " + note));
        try {
            if (file == null) {
                PrintWriter out = spec.commandLine().getOut();
                rendering.writeTo(out);
                out.flush();
                return;
            }
            Path directory = file.toAbsolutePath().getParent();
            if (directory == null || !Files.isDirectory(directory)) {
                throw new NoSuchFileException(file.toString());
            }
            Path partial = Files.createTempFile(directory, "." + file.getFileName(), ".partial");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                rendering.writeTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        err.println("note: written to " + file);
    }

    private static InvalidCommandException cannotWrite(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidCommandException("output", "cannot write --output " + file + ": its directory does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidCommandException("output", "cannot write --output " + file + ": permission denied", e);
        }
        return new InvalidCommandException("output", "cannot write --output " + file + ": " + e, e);
    }

    /**
     * Writes {@code text} whole (it is rendered before anything is written, so a failure never leaves
     * half a report). {@code notes} say what a machine-readable format cannot carry in a header.
     */
    static void emit(CommandSpec spec, String text, Path file, List<String> notes) {
        emit(spec, out -> out.write(text), file, notes);
    }
}
