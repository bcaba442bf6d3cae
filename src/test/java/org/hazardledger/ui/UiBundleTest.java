package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hazardledger.ui.hazard.RegisterHazardViewModel;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for exists in Chinese and in English. */
class UiBundleTest {

    private static final Pattern KEY = Pattern.compile("(?:get|line)\\(\"([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])\"");

    @Test
    void everyKeyTheUiUsesIsInBothLanguages() throws IOException {
        Set<String> used = usedKeys();
        for (Page p : Page.values()) {
            used.add(p.labelKey());
        }
        RegisterHazardViewModel.FIELDS.forEach(f -> used.add("register.field." + f));
        for (org.hazardledger.model.Tier t : org.hazardledger.model.Tier.values()) {
            used.add("tier.short." + t.name());
        }
        Stream.of("number", "foundOn", "unit", "place", "category", "grade", "status", "tier", "responsible",
                "deadline", "overdue").forEach(c -> used.add("column." + c));
        assertThat(used).hasSizeGreaterThan(100);

        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(used).allSatisfy(k -> {
            assertThat(zh).as("zh_CN has %s", k).containsKey(k);
            assertThat(en).as("en has %s", k).containsKey(k);
        });
        assertThat(zh.keySet()).isEqualTo(en.keySet());
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hazardledger/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
