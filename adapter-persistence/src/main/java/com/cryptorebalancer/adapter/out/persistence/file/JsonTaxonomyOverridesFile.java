package com.cryptorebalancer.adapter.out.persistence.file;

import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.SaveTaxonomyOverridesPort;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A person's taxonomy changes, kept as JSON in {@code <dataDir>/taxonomy.json} (format in
 * {@link TaxonomyOverridesJson}). No file means no changes. A save writes a temporary file in the same
 * directory and renames it over the old one, so a crash leaves either the old file or the new one,
 * never half of one.
 */
public final class JsonTaxonomyOverridesFile implements LoadTaxonomyOverridesPort, SaveTaxonomyOverridesPort {

    public static final String FILE_NAME = "taxonomy.json";

    private final Path file;

    public JsonTaxonomyOverridesFile(Path dataDir) {
        this.file = Objects.requireNonNull(dataDir, "data directory must not be null").resolve(FILE_NAME);
    }

    /** Where the overrides are kept. */
    public Path file() {
        return file;
    }

    /** @throws TaxonomyFileException when the file exists but cannot be read or is not valid */
    @Override
    public TaxonomyOverrides loadOverrides() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return TaxonomyOverrides.NONE;
        } catch (CharacterCodingException e) {
            throw new TaxonomyFileException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new TaxonomyFileException(file, "cannot be read (" + describe(e) + ")", e);
        }
        // an editor may have saved it with a byte-order mark, which JSON does not allow
        return TaxonomyOverridesJson.read(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** @throws TaxonomyFileException when the data directory or the file cannot be written */
    @Override
    public void saveOverrides(TaxonomyOverrides overrides) {
        byte[] json = TaxonomyOverridesJson.write(overrides).getBytes(StandardCharsets.UTF_8);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + FILE_NAME + "-", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(json));
                // on disk before the rename, so the rename can never expose an empty file after a crash
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new TaxonomyFileException(file, "cannot be written (" + describe(e) + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the save already failed and says so; a stray temporary file is harmless
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
