package io.paymentledger.ledger.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this keeps it from drifting away from the code:
 * every variable a service gets is one its {@code application-axonserver.yml} (or its module's defaults) reads,
 * every variable that profile reads is given, the published port and health check use the port the service listens on,
 * and the image runs the jar the module's build produces.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");
    private static final Pattern PORT = Pattern.compile("\\$\\{PORT:(\\d+)}");
    private static final List<String> REQUIRED = List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD", "AXON_AXONSERVER_SERVERS");

    @ParameterizedTest
    @CsvSource({
            "command-service, command-side, io/paymentledger/command/payments-defaults.properties",
            "query-service, query-side, config/query-side.yml",
            "gateway-service, api-gateway, application-axonserver.yml"})
    void eachServiceGetsExactlyWhatItsAxonServerProfileReads(String service, String module, String defaults)
            throws IOException {
        Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> definition = map(map(compose.get("services")).get(service));
        Map<String, Object> environment = map(definition.get("environment"));
        Path resources = ROOT.resolve(module).resolve("src/main/resources");
        String profile = Files.readString(resources.resolve("application-axonserver.yml"));
        String moduleDefaults = Files.readString(resources.resolve(defaults));
        List<String> keys = flatten(yaml(resources.resolve("application-axonserver.yml")));

        assertThat(environment.keySet()).containsAll(REQUIRED);
        for (String variable : environment.keySet()) {
            boolean placeholder = placeholders(profile).contains(variable) || placeholders(moduleDefaults).contains(variable);
            boolean boundProperty = keys.stream().anyMatch(key -> relaxed(key).equals(variable));
            assertThat(placeholder || boundProperty).as("%s of %s is read by the code", variable, service).isTrue();
        }

        // And the other way round: every variable the profile reads is given, so none is silently left unset.
        assertThat(environment.keySet()).as("variables of %s's profile given by compose", service)
                .containsAll(placeholders(profile).stream().filter(variable -> !"PORT".equals(variable)).toList());

        String port = matched(PORT, profile);
        assertThat(reachable(definition)).contains(port);
        assertThat(map(definition.get("healthcheck")).get("test").toString()).contains(port);

        Map<String, Object> services = map(compose.get("services"));
        String axonServer = environment.get("AXON_AXONSERVER_SERVERS").toString();
        assertThat(services).containsKey(axonServer.substring(0, axonServer.indexOf(':')));
        assertThat(reachable(map(services.get("axonserver")))).contains(axonServer.substring(axonServer.indexOf(':') + 1));
        assertThat(environment.get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/"
                + map(map(services.get("postgres")).get("environment")).get("POSTGRES_DB"));

        String schema = environment.get("SPRING_DATASOURCE_URL").toString().replaceAll(".*currentSchema=", "");
        assertThat(profile).contains("default-schema: " + schema).contains("currentSchema=" + schema);

        String jar = map(map(definition.get("build")).get("args")).get("JAR").toString();
        String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
        assertThat(pom).contains("<classifier>exec</classifier>");
        assertThat(jar).isEqualTo(module + "/target/" + module + "-" + projectVersion() + "-exec.jar");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ARG JAR").contains("COPY ${JAR}");
    }

    /** The ports a service publishes or exposes on the compose network (ComposeSecurityTest checks which). */
    private static String reachable(Map<String, Object> definition) {
        return String.valueOf(definition.get("ports")) + String.valueOf(definition.get("expose"));
    }

    private static String projectVersion() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        return matched(Pattern.compile("<artifactId>ledger-parent</artifactId>\\s*<version>([^<]+)</version>"), parent);
    }

    /** Spring's environment-variable form of a property: spring.datasource.url -> SPRING_DATASOURCE_URL. */
    private static String relaxed(String key) {
        return key.replace("-", "").replace('.', '_').toUpperCase();
    }

    private static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String matched(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the file", pattern).isTrue();
        return matcher.group(1);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> flatten(Map<String, Object> tree) {
        List<String> keys = new ArrayList<>();
        flatten("", tree, keys);
        return keys;
    }

    private static void flatten(String prefix, Map<String, Object> tree, List<String> keys) {
        for (Map.Entry<String, Object> entry : new LinkedHashMap<>(tree).entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) child;
                flatten(key + ".", typed, keys);
            } else {
                keys.add(key);
            }
        }
    }
}
