package dev.newsflow.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.newsflow.broker.EmbeddedKafkaCluster;

/**
 * One real single-node KRaft broker for all tests of a JVM run, started on first use and stopped at the
 * end. Tests get it as a parameter and keep apart by using their own topic prefix.
 *
 * <pre>
 * &#64;ExtendWith(SharedKafka.class)
 * class FooIT { &#64;Test void x(EmbeddedKafkaCluster kafka) { … } }
 * </pre>
 */
public final class SharedKafka implements ParameterResolver {

    private static final String KEY = "newsflow.shared-kafka";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> new Resource(EmbeddedKafkaCluster.builder().build().start()),
                        Resource.class)
                .cluster;
    }

    private record Resource(EmbeddedKafkaCluster cluster) implements ExtensionContext.Store.CloseableResource,
            AutoCloseable {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
