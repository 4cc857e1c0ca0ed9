package io.paymentledger.ledger.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the table documentation honest: docs/read-models.md names every table and view any module's Flyway
 * migrations create, and docs/deployments.md lists, for each mode, every table of the migration locations that
 * mode's configuration runs (read from the same YAML files the applications load).
 */
class DocumentedTablesTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern CREATED = Pattern.compile("CREATE\\s+(?:TABLE|VIEW)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED = Pattern.compile("DROP\\s+(?:TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final PathMatchingResourcePatternResolver CLASSPATH = new PathMatchingResourcePatternResolver();

    @Test
    void readModelsPageNamesEveryTableOfEveryMigration() throws IOException {
        Set<String> tables = tablesIn("classpath*:db/migration/**/*.sql");

        assertThat(tables).contains("domainevententry", "payment_intent_view", "api_event", "api_event_intent",
                "webhook_delivery", "ledger_node");
        assertThat(missingFrom(DOCS.resolve("read-models.md"), null, tables)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Standalone and PostgreSQL cluster | application.yml                       | ledger",
            "Axon Server: command-service       | application-axonserver.yml            | ledger-command",
            "Axon Server: query-service         | application-axonserver.yml            | ledger-query",
            "Axon Server: gateway-service       | application-axonserver.yml            | ledger-gateway"})
    void deploymentsPageListsEveryTableOfEachMode(String section, String configuration, String applicationName)
            throws IOException {
        List<String> locations = flywayLocations(configuration, applicationName);
        Set<String> tables = new TreeSet<>();
        for (String location : locations) {
            tables.addAll(tablesIn(location.replace("classpath:", "classpath*:") + "/*.sql"));
        }

        assertThat(tables).isNotEmpty();
        assertThat(missingFrom(DOCS.resolve("deployments.md"), "### Tables: " + section, tables)).isEmpty();
    }

    /** The tables the scripts create, less those a later script drops (a script may drop and create one anew). */
    private static Set<String> tablesIn(String pattern) throws IOException {
        Set<String> tables = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        for (Resource script : CLASSPATH.getResources(pattern)) {
            String sql = script.getContentAsString(StandardCharsets.UTF_8);
            Set<String> createdHere = new TreeSet<>();
            Matcher created = CREATED.matcher(sql);
            while (created.find()) {
                createdHere.add(created.group(1).toLowerCase(Locale.ROOT));
            }
            tables.addAll(createdHere);
            Matcher drop = DROPPED.matcher(sql);
            while (drop.find()) {
                String name = drop.group(1).toLowerCase(Locale.ROOT);
                if (!createdHere.contains(name)) {
                    dropped.add(name);
                }
            }
        }
        tables.removeAll(dropped);
        return tables;
    }

    /** The tables not named as a word in the page, or in its section that starts with {@code heading}. */
    private static Set<String> missingFrom(Path page, String heading, Set<String> tables) throws IOException {
        String text = Files.readString(page);
        if (heading != null) {
            int start = text.indexOf(heading);
            assertThat(start).as("section %s in %s", heading, page).isNotNegative();
            int end = text.indexOf("\n#", start + heading.length());
            text = text.substring(start, end < 0 ? text.length() : end);
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        Set<String> missing = new TreeSet<>();
        for (String table : tables) {
            if (!Pattern.compile("\\b" + table + "\\b").matcher(lowerCase).find()) {
                missing.add(table);
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private static List<String> flywayLocations(String configuration, String applicationName) throws IOException {
        for (Resource file : CLASSPATH.getResources("classpath*:" + configuration)) {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> yaml = new Yaml().load(in);
                Map<String, Object> spring = (Map<String, Object>) yaml.get("spring");
                if (applicationName.equals(spring.get("application.name"))
                        || applicationName.equals(((Map<String, Object>) spring.getOrDefault("application", Map.of())).get("name"))) {
                    Map<String, Object> flyway = (Map<String, Object>) spring.get("flyway");
                    return Arrays.stream(((String) flyway.get("locations")).split(",")).map(String::strip).toList();
                }
            }
        }
        throw new AssertionError("no " + configuration + " with spring.application.name " + applicationName);
    }
}
