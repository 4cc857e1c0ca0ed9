package io.paymentledger.command.paymentintent;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.RoutingKey;
import org.axonframework.common.annotation.AnnotationUtils;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two command-service instances, Axon Server sends each command to the instance its routing key hashes to,
 * so all commands of one intent meet in one instance (and its aggregate cache). The key comes from the
 * {@code AnnotationRoutingStrategy} Axon's Spring Boot configuration uses; a command without an annotated key
 * would get a random one and land on either instance. Every command the aggregate handles must name the intent.
 */
class CommandRoutingTest {

    @Test
    void everyCommandOfTheAggregateIsRoutedByItsIntentId() {
        List<Class<?>> commands = new ArrayList<>();
        List<Executable> handlers = new ArrayList<>(Arrays.asList(PaymentIntent.class.getDeclaredConstructors()));
        handlers.addAll(Arrays.asList(PaymentIntent.class.getDeclaredMethods()));
        for (Executable handler : handlers) {
            if (handler.isAnnotationPresent(CommandHandler.class)) {
                commands.add(handler.getParameterTypes()[0]);
            }
        }

        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        assertThat(commands).allSatisfy(command -> assertThat(routingKeys(command))
                .as("routing key of %s", command.getSimpleName())
                .singleElement().satisfies(field -> assertThat(field.getType()).isEqualTo(String.class)));
    }

    private static List<Field> routingKeys(Class<?> command) {
        return Arrays.stream(command.getDeclaredFields())
                .filter(field -> AnnotationUtils.isAnnotationPresent(field, RoutingKey.class))
                .toList();
    }
}
