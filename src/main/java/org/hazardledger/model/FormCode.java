package org.hazardledger.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verification code printed on every form: what the form is about (a hazard number, a union
 * record number, or the form's own subject such as a statistics period), the day it was printed, and
 * a short digest of the audit-chain entry the ledger stood at. Written as
 * {@code YH-2026-03-0042/20261129/7F3A-9C2E-41B0}: short enough to type back from paper, and the digest
 * cannot be made without the ledger, because the chain hash it covers is never printed.
 */
public record FormCode(String subject, LocalDate printedOn, String digest) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile(
            "\\s*([A-Za-z0-9][A-Za-z0-9_.-]{0,63})\\s*/\\s*(\\d{8})\\s*/\\s*([0-9A-Fa-f]{4})-?([0-9A-Fa-f]{4})-?([0-9A-Fa-f]{4})\\s*");
    /** Subject prefixes of the forms about the whole ledger: statistics, archives, briefings. */
    public static final java.util.List<String> LEDGER_WIDE_PREFIXES = java.util.List.of("TJ-", "DA-", "TB-");
    /** Six bytes (48 bits): a random match among a ledger's entries is out of reach. */
    private static final int DIGEST_BYTES = 6;

    public FormCode {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(printedOn, "printedOn");
        Objects.requireNonNull(digest, "digest");
        if (!subject.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("a form subject is letters, digits, '-', '_' or '.': " + subject);
        }
    }

    /** The code of a form about {@code subject} printed on {@code printedOn} at the audit state {@code stamp}. */
    public static FormCode stamp(String subject, LocalDate printedOn, AuditStamp stamp) {
        return new FormCode(subject, printedOn, digest(subject, printedOn, stamp.hash()));
    }

    /** Reads a code typed back from a printed form; spaces and lower-case hex are forgiven. */
    public static FormCode parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new DomainException("error.formCode.malformed", String.valueOf(text));
        }
        try {
            LocalDate day = LocalDate.parse(m.group(2), DAY);
            String digest = (m.group(3) + m.group(4) + m.group(5)).toUpperCase(Locale.ROOT);
            return new FormCode(m.group(1).toUpperCase(Locale.ROOT), day, group(digest));
        } catch (DateTimeParseException e) {
            throw new DomainException(e, "error.formCode.malformed", text);
        }
    }

    /** Whether this code was made from the audit entry whose chain hash is {@code hash}. */
    public boolean matches(String hash) {
        return digest.equals(digest(subject, printedOn, hash));
    }

    /**
     * Whether the form is about one record (a hazard, a union record, a round) rather than the ledger
     * as a whole: ledger-wide forms (statistics 统计, archives 档案, briefings 通报) take a subject
     * starting with {@code TJ-}, {@code DA-} or {@code TB-} and are stamped at the chain's newest entry.
     */
    public boolean aboutRecord() {
        return LEDGER_WIDE_PREFIXES.stream().noneMatch(subject::startsWith);
    }

    /** As printed and as typed back. */
    public String format() {
        return subject + "/" + DAY.format(printedOn) + "/" + digest;
    }

    @Override
    public String toString() {
        return format();
    }

    static String digest(String subject, LocalDate printedOn, String hash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] all = sha.digest((subject.toUpperCase(Locale.ROOT) + "|" + DAY.format(printedOn) + "|" + hash)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] head = new byte[DIGEST_BYTES];
            System.arraycopy(all, 0, head, 0, DIGEST_BYTES);
            return group(HexFormat.of().withUpperCase().formatHex(head));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String group(String hex) {
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);
    }
}
