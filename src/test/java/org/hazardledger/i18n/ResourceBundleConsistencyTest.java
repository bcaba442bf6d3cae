package org.hazardledger.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hazardledger.model.Labelled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both languages carry the same keys; every key is used somewhere; every key-like string in the
 * code exists in the bundles.
 */
class ResourceBundleConsistencyTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static final Pattern RESOURCE_FILE =
            Pattern.compile(".*\\.(css|ttf|png|jasper|jrxml|fxml|properties|xml|csv|txt|pdf)");

    private static Properties zh;
    private static Properties en;
    private static Set<String> literals;

    @BeforeAll
    static void load() throws IOException {
        zh = bundle("messages_zh_CN.properties");
        en = bundle("messages_en.properties");
        literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")
                            || p.toString().endsWith(".jrxml"))
                    .forEach(ResourceBundleConsistencyTest::collectLiterals);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertThat(onlyZh).as("keys missing in English").isEmpty();
        assertThat(onlyEn).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void everyLabelOfADomainValueExists() {
        Set<String> missing = new TreeSet<>();
        for (String key : enumLabelKeys()) {
            if (!zh.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("labels of model enums missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = new HashSet<>(literals);
        used.addAll(enumLabelKeys());
        Set<String> unused = zh.stringPropertyNames().stream().filter(k -> !used.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> prefixes = zh.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> missing = literals.stream()
                .filter(l -> !RESOURCE_FILE.matcher(l).matches())
                .filter(l -> prefixes.stream().anyMatch(l::startsWith))
                .filter(l -> !zh.containsKey(l))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("key-like strings in the code with no bundle entry").isEmpty();
    }

    @Test
    void noValueHasAPlainApostrophe() {
        // MessageFormat treats ' as a quote and silently drops text after it; use ’ instead.
        Set<String> bad = Stream.concat(zh.entrySet().stream(), en.entrySet().stream())
                .filter(e -> e.getValue().toString().contains("'"))
                .map(e -> e.getKey().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(bad).isEmpty();
    }

    private static Set<String> enumLabelKeys() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hazardledger")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                Arrays.stream(c.reflect().getEnumConstants()).map(e -> ((Labelled) e).labelKey()).forEach(keys::add);
            }
        }
        return keys;
    }

    private static void collectLiterals(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                literals.add(m.group(1));
            }
            Matcher f = FXML_KEY.matcher(text);
            while (f.find()) {
                literals.add(f.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ResourceBundleConsistencyTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
