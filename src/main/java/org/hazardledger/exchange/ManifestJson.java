package org.hazardledger.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;

/** manifest.json to and from {@link Manifest}; reading is strict and says what is wrong. */
final class ManifestJson {

    /** The format this version writes; it reads every 1.x. */
    static final String FORMAT = "1.0";
    static final int MAJOR = 1;

    private static final Pattern FORMAT_PATTERN = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static byte[] write(Manifest m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", m.format());
        root.put("bundleId", m.bundleId().toString());
        root.put("kind", m.kind().wireName());
        root.put("createdAt", m.createdAt().toString());
        root.put("application", m.application());
        ObjectNode sender = root.putObject("sender");
        sender.put("fingerprint", m.sender().fingerprint().hex());
        sender.put("installationId", m.sender().installationId().toString());
        sender.put("role", m.sender().role().name().toLowerCase(java.util.Locale.ROOT));
        sender.put("name", m.sender().name());
        ObjectNode recipient = root.putObject("recipient");
        recipient.put("fingerprint", m.recipient().hex());
        recipient.put("installationId", m.recipientInstallation().toString());
        ObjectNode changes = root.putObject("changes");
        changes.put("from", m.changes().from());
        changes.put("to", m.changes().to());
        changes.put("full", m.changes().full());
        ObjectNode counts = root.putObject("counts");
        m.counts().forEach(counts::put);
        ArrayNode entries = root.putArray("entries");
        for (Manifest.Entry e : m.entries()) {
            ObjectNode entry = entries.addObject();
            entry.put("path", e.path());
            entry.put("size", e.size());
            entry.put("sha256", e.sha256());
        }
        try {
            return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pretty text of a manifest, for {@code inspect}. */
    static String pretty(Manifest m) {
        return new String(write(m), StandardCharsets.UTF_8);
    }

    static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw bad("not JSON: " + BundleCrypto.reason(e));
        }
        if (root == null || !root.isObject()) {
            throw bad("not a JSON object");
        }
        String format = text(root, "format");
        java.util.regex.Matcher version = FORMAT_PATTERN.matcher(format);
        if (!version.matches()) {
            throw bad("format " + format);
        }
        if (Integer.parseInt(version.group(1)) > MAJOR) {
            throw new DomainException("error.bundle.newerFormat", format);
        }
        if (Integer.parseInt(version.group(1)) < MAJOR) {
            throw bad("format " + format);
        }
        JsonNode sender = object(root, "sender");
        JsonNode recipient = object(root, "recipient");
        JsonNode changes = object(root, "changes");
        Map<String, Integer> counts = new LinkedHashMap<>();
        object(root, "counts").fields().forEachRemaining(f -> {
            if (!f.getValue().canConvertToInt() || f.getValue().asInt() < 0) {
                throw bad("counts." + f.getKey());
            }
            counts.put(f.getKey(), f.getValue().asInt());
        });
        JsonNode entryArray = root.get("entries");
        if (entryArray == null || !entryArray.isArray()) {
            throw bad("entries");
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        for (JsonNode e : entryArray) {
            long size = e.path("size").asLong(-1);
            String sha = text(e, "sha256");
            if (size < 0 || !e.path("size").canConvertToLong() || !SHA256.matcher(sha).matches()) {
                throw bad("entry " + e.path("path").asText());
            }
            entries.add(new Manifest.Entry(text(e, "path"), size, sha));
        }
        try {
            return new Manifest(format, UUID.fromString(text(root, "bundleId")), BundleKind.fromWire(text(root, "kind")),
                    OffsetDateTime.parse(text(root, "createdAt")), text(root, "application"),
                    new Manifest.Party(fingerprint(text(sender, "fingerprint")),
                            UUID.fromString(text(sender, "installationId")),
                            InstallationRole.valueOf(text(sender, "role").toUpperCase(java.util.Locale.ROOT)),
                            text(sender, "name")),
                    fingerprint(text(recipient, "fingerprint")), UUID.fromString(text(recipient, "installationId")),
                    new ChangeRange(number(changes, "from"), number(changes, "to"), changes.path("full").asBoolean()),
                    counts, entries);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bad(BundleCrypto.reason(e));
        }
    }

    private static Fingerprint fingerprint(String hex) {
        return new Fingerprint(hex);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw bad(field + " missing");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw bad(field + " missing");
        }
        return value.asLong();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw bad(field + " missing");
        }
        return value;
    }

    private static DomainException bad(String reason) {
        return new DomainException("error.bundle.manifest", reason);
    }
}
