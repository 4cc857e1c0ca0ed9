package io.paymentledger.ledger.cluster;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured deployment of docker-compose.yml, read with SnakeYAML (there is no Docker engine in CI): only the
 * gateway publishes a port on every interface, no secret has a default (each is {@code ${VAR:?message}}, or
 * {@code ${VAR:-}} for the optional restricted and consumer keys), Axon
 * Server runs with access control and every service presents the same token, and each service logs in to
 * PostgreSQL as a role of its own, created by the init script with access to its schema only.
 */
class ComposeSecurityTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("command-service", "query-service", "gateway-service");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|TOKEN|SECRET|_KEY|_KEYS)$");
    /** Keys a deployment may go without: unset means none (an empty default), never a value written here. */
    private static final List<String> OPTIONAL_SECRETS = List.of("LEDGER_RESTRICTED_KEYS", "LEDGER_CONSUMER_KEYS");

    private final Map<String, Object> services = map(compose().get("services"));

    @Test
    void onlyTheGatewayPublishesAPortOnEveryInterface() {
        for (Map.Entry<String, Object> service : services.entrySet()) {
            List<String> published = ports(service.getValue());
            if (service.getKey().equals("gateway-service")) {
                assertThat(published).containsExactly("8080:8080");
            } else {
                assertThat(published).as("ports of %s", service.getKey())
                        .allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
            }
        }
        assertThat(ports(services.get("axonserver"))).noneMatch(port -> port.contains("8124"));
        assertThat(ports(services.get("postgres"))).isEmpty();
    }

    @Test
    void everySecretMustBeGivenAndHasNoDefault() {
        int secrets = 0;
        for (Map.Entry<String, Object> service : services.entrySet()) {
            for (Map.Entry<String, Object> variable : environment(service.getKey()).entrySet()) {
                if (SECRET.matcher(variable.getKey()).matches()) {
                    secrets++;
                    String value = String.valueOf(variable.getValue());
                    if (OPTIONAL_SECRETS.contains(variable.getKey())) {
                        assertThat(value).as("%s of %s", variable.getKey(), service.getKey())
                                .isEqualTo("${" + variable.getKey() + ":-}");
                    } else {
                        assertThat(value).as("%s of %s", variable.getKey(), service.getKey()).matches(REQUIRED);
                    }
                }
            }
        }
        assertThat(secrets).isGreaterThanOrEqualTo(12);
    }

    @Test
    void axonServerChecksTheTokenEveryServicePresents() {
        Map<String, Object> axonServer = environment("axonserver");
        assertThat(axonServer.get("AXONIQ_AXONSERVER_ACCESSCONTROL_ENABLED")).isEqualTo("true");
        String token = String.valueOf(axonServer.get("AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN"));
        assertThat(token).startsWith("${AXON_AXONSERVER_TOKEN:?");
        assertThat(String.valueOf(axonServer.get("AXONIQ_AXONSERVER_ACCESSCONTROL_ADMINTOKEN"))).matches(REQUIRED)
                .doesNotContain("AXON_AXONSERVER_TOKEN");

        for (String service : SERVICES) {
            assertThat(String.valueOf(environment(service).get("AXON_AXONSERVER_TOKEN")))
                    .as("token of %s", service).startsWith("${AXON_AXONSERVER_TOKEN:?");
        }
    }

    @Test
    void eachServiceLogsInAsTheRoleThatOwnsItsSchemaOnly() throws IOException {
        String roles = Files.readString(ROOT.resolve("deploy/postgres-roles.sql"));
        assertThat(roles).contains("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        for (String service : SERVICES) {
            Map<String, Object> environment = environment(service);
            String user = String.valueOf(environment.get("SPRING_DATASOURCE_USERNAME"));
            String schema = String.valueOf(environment.get("SPRING_DATASOURCE_URL")).replaceAll(".*currentSchema=", "");
            assertThat(user).isEqualTo(schema);
            assertThat(roles).containsPattern("CREATE ROLE " + user + " +LOGIN")
                    .containsPattern("CREATE SCHEMA " + schema + " +AUTHORIZATION " + user + ";");
            assertThat(roles).doesNotContainPattern("GRANT [^;]* ON SCHEMA [^;]*" + schema);
        }
        assertThat(SERVICES.stream().map(s -> environment(s).get("SPRING_DATASOURCE_PASSWORD")).distinct()).hasSize(3);
        List<?> volumes = (List<?>) map(services.get("postgres")).get("volumes");
        assertThat(volumes.toString()).contains("./deploy/postgres-init.sh:/docker-entrypoint-initdb.d/")
                .contains("./deploy/postgres-roles.sql:/ledger/postgres-roles.sql");
        assertThat(Files.readString(ROOT.resolve("deploy/postgres-init.sh"))).contains("/ledger/postgres-roles.sql");
    }

    private Map<String, Object> environment(String service) {
        return map(map(services.get(service)).get("environment"));
    }

    private static List<String> ports(Object service) {
        Object ports = map(service).get("ports");
        return ports == null ? List.of() : ((List<?>) ports).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> compose() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
