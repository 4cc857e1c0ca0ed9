package io.paymentledger.ledger.packaging;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in the {@code verify} phase (ledger/pom.xml, execution {@code executable-jars}), after every module's
 * {@code package}: each runnable jar must carry the libraries Axon's Axon Server connector needs at run time.
 * Reactor is an <em>optional</em> dependency of the connector, so a service that does not declare it gets a jar
 * that starts, connects, and then fails every subscription query with {@code ClassNotFoundException:
 * reactor.core.publisher.Sinks} (and its query channel with it). No test with an unreachable Axon Server notices.
 */
class ExecutableJarsCheck {

    /** The connector, its gRPC client and what the connector's query bus loads on first use. */
    static final List<String> CONNECTOR_RUNTIME = List.of("axon-server-connector", "axonserver-connector-java",
            "reactor-core", "reactive-streams", "grpc-api", "grpc-core", "grpc-netty-shaded", "grpc-stub",
            "grpc-protobuf", "protobuf-java");

    @ParameterizedTest
    @CsvSource({
            "command-side, *-exec.jar",
            "query-side, *-exec.jar",
            "api-gateway, *-exec.jar",
            "ledger, ledger.jar"})
    void eachExecutableJarContainsTheAxonServerConnectorsRuntime(String module, String glob) throws IOException {
        Path jar = single(Path.of("..", module, "target"), glob);
        List<String> libraries = libraries(jar);

        assertThat(CONNECTOR_RUNTIME).allSatisfy(artifact -> assertThat(libraries)
                .as("%s contains %s", jar.getFileName(), artifact)
                .anyMatch(library -> Pattern.matches(Pattern.quote(artifact) + "-\\d.*\\.jar", library)));
    }

    private static Path single(Path directory, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, glob)) {
            jars.forEach(found::add);
        }
        assertThat(found).as("one %s in %s (built by package)", glob, directory).hasSize(1);
        return found.get(0);
    }

    static List<String> libraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
    }
}
