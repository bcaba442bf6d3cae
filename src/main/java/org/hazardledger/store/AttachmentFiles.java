package org.hazardledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The data folder's content-addressed file store: each distinct content is kept once, under
 * {@code attachments/ab/cdef…} (its SHA-256 in hex), written by streaming through a temporary file
 * in the same folder, synced, then moved into place atomically. Nothing is ever loaded whole into
 * memory, and a crash leaves either no file or a complete one (plus at most a stray temporary file).
 */
public final class AttachmentFiles {

    /** The folder under the data folder. */
    public static final String FOLDER = "attachments";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public AttachmentFiles(Path dataDir) {
        this.root = dataDir.resolve(FOLDER);
    }

    /** What {@link #put} stored: the content's hash and length, and whether it was new to the store. */
    public record Stored(String sha256, long size, boolean added) {
    }

    public Path root() {
        return root;
    }

    /**
     * Streams {@code in} into the store (it is not closed here) and returns its hash. Content already
     * stored is not written twice: the temporary copy is dropped.
     */
    public Stored put(InputStream in) {
        return put(in, null);
    }

    /**
     * Streams {@code in} into the store only if its SHA-256 is {@code expectedSha256} (a received
     * bundle's attachment): otherwise nothing is kept and the returned hash differs from the expected one.
     */
    public Stored putExpecting(InputStream in, String expectedSha256) {
        return put(in, expectedSha256.toLowerCase(Locale.ROOT));
    }

    private Stored put(InputStream in, String expected) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "incoming-", ".tmp");
            try {
                MessageDigest digest = sha256();
                long size = 0;
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                     OutputStream out = Channels.newOutputStream(channel)) {
                    byte[] buffer = new byte[BUFFER];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                        size += n;
                    }
                    out.flush();
                    channel.force(true);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                if (expected != null && !expected.equals(sha)) {
                    return new Stored(sha, size, false);
                }
                Path target = path(sha);
                if (Files.exists(target)) {
                    return new Stored(sha, size, false);
                }
                Files.createDirectories(target.getParent());
                try {
                    moveIntoPlace(temp, target);
                } catch (FileAlreadyExistsException raced) {
                    return new Stored(sha, size, false);
                }
                return new Stored(sha, size, true);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment in " + root, e);
        }
    }

    /** Stores a file from the user's disk (it is read, never moved). */
    public Stored put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
        // ATOMIC_MOVE may replace an existing file on some systems: harmless, the content is the same.
    }

    /** Where the content with this hash is (or would be) kept. */
    public Path path(String sha256) {
        String sha = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2));
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The SHA-256 of the stored content as it is on disk now (read by streaming). */
    public String hashOnDisk(String sha256) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path(sha256)), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The cache file of a thumbnail of the content with this hash, at most {@code maxSize} pixels a side. */
    public Path thumbnail(String sha256, int maxSize) {
        path(sha256);
        return root.resolve("thumbs").resolve(sha256.toLowerCase(Locale.ROOT) + "-" + maxSize + ".png");
    }

    /** Writes a small derived file (a thumbnail) so that readers see the old one or the whole new one. */
    public void writeAtomically(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "incoming-", ".tmp");
            try {
                Files.write(temp, bytes);
                moveReplacing(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A copy of the stored content named as the user named it, for the system's viewer (which picks
     * the program by the extension): {@code attachments/open/<id>/<name>}, made once.
     */
    public Path viewingCopy(String sha256, String folder, String fileName) {
        Path target = root.resolve("open").resolve(folder).resolve(safeName(fileName));
        try {
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(path(sha256))) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "incoming-", ".tmp");
            try {
                Files.copy(path(sha256), temp, StandardCopyOption.REPLACE_EXISTING);
                moveReplacing(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy attachment to " + target, e);
        }
    }

    /** A file name without folders or characters Windows refuses. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
