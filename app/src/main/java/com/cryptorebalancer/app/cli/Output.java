package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's finished text goes: stdout, or the {@code --output} file; notes go to stderr. */
final class Output {

    private Output() {
    }

    /**
     * Writes {@code text} whole (it is rendered before anything is written, so a failure never leaves
     * half a report). {@code notes} say what a machine-readable format cannot carry in a header.
     */
    static void emit(CommandSpec spec, String text, Path file, List<String> notes) {
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("note: " + note));
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidCommandException("output", "cannot write --output " + file + ": its directory does not exist", e);
        } catch (AccessDeniedException e) {
            throw new InvalidCommandException("output", "cannot write --output " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new InvalidCommandException("output", "cannot write --output " + file + ": " + e, e);
        }
        err.println("note: written to " + file);
    }
}
