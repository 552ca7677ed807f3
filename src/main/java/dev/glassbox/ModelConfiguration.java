package dev.glassbox;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * The models are read after the server answers. The beans that read a model file, and the app's beans built on
 * them (the home page's cards, the API's controllers), are created on first use instead of before the server starts;
 * right after it has started, the last start-up step creates them all, and only then does the app report itself ready
 * ({@code /actuator/health/readiness} says UP once Spring Boot publishes {@code ACCEPTING_TRAFFIC}, which it does when
 * this step returns). A page opened earlier that needs a model waits for it: Spring creates each of these beans once,
 * and a second caller waits for the first.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    private static final Log LOG = LogFactory.getLog(ModelConfiguration.class);

    /** The beans that read a model file when they are created. */
    static final List<Class<?>> MODELS = List.of(WordPieceTokenizer.class, BytePairTokenizer.class,
            GloveVectors.class, CharLstm.class, CharDecoder.class, Seq2SeqTransformer.class);

    /** Marks a bean definition created after the server has started. */
    static final String AFTER_START = ModelConfiguration.class.getName() + ".afterStart";

    private static final String APP_PACKAGE = "dev.glassbox.";

    /** How long start-up waits for MiniLM before it reports the app ready anyway (its lessons say it is loading). */
    private static final Duration MINILM_WAIT = Duration.ofMinutes(3);

    @Bean
    static BeanFactoryPostProcessor modelsAfterStart() {
        return ModelConfiguration::deferModels;
    }

    /**
     * Makes every model bean, and every singleton of the app that takes one (or takes such a singleton) in its
     * constructor or {@code @Bean} method, lazy; returns their names in the order they are created later.
     */
    static List<String> deferModels(ConfigurableListableBeanFactory factory) {
        Set<Class<?>> deferred = new HashSet<>(MODELS);
        List<String> names = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : factory.getBeanDefinitionNames()) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                if (!definition.isSingleton() || definition.getAttribute(AFTER_START) != null || !ownBean(factory, definition)) {
                    continue;
                }
                Class<?> type = factory.getType(name, false);
                if (type != null && (MODELS.contains(type) || takesAny(factory, definition, deferred))) {
                    definition.setLazyInit(true);
                    definition.setAttribute(AFTER_START, Boolean.TRUE);
                    deferred.add(type);
                    names.add(name);
                    changed = true;
                }
            }
        }
        return names;
    }

    /** Whether the bean is declared by the app (a component, or a {@code @Bean} method of an app configuration). */
    private static boolean ownBean(ConfigurableListableBeanFactory factory, BeanDefinition definition) {
        String declaring = definition.getFactoryBeanName() != null
                ? factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName()
                : definition.getBeanClassName();
        return declaring != null && declaring.startsWith(APP_PACKAGE);
    }

    /** Whether the bean's constructors or factory methods take one of {@code types} (or a collection of them). */
    private static boolean takesAny(ConfigurableListableBeanFactory factory, BeanDefinition definition,
            Set<Class<?>> types) {
        return creators(factory, definition).anyMatch(creator -> {
            for (int i = 0; i < creator.getParameterCount(); i++) {
                ResolvableType parameter = ResolvableType.forMethodParameter(MethodParameter.forExecutable(creator, i));
                Class<?> taken = parameter.resolve(Object.class);
                if (parameter.isArray() || Iterable.class.isAssignableFrom(taken)) {
                    taken = (parameter.isArray() ? parameter.getComponentType() : parameter.getGeneric(0))
                            .resolve(Object.class);
                }
                Class<?> match = taken;
                if (types.stream().anyMatch(t -> match != Object.class && match.isAssignableFrom(t))) {
                    return true;
                }
            }
            return false;
        });
    }

    private static Stream<? extends Executable> creators(ConfigurableListableBeanFactory factory,
            BeanDefinition definition) {
        ClassLoader loader = factory.getBeanClassLoader();
        if (definition.getFactoryMethodName() == null) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), loader);
            return Arrays.stream(type.getDeclaredConstructors());
        }
        String declaring = definition.getFactoryBeanName() != null
                ? factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName()
                : definition.getBeanClassName();
        Class<?> type = ClassUtils.resolveClassName(declaring, loader);
        String method = definition.getFactoryMethodName();
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(method)).map(Method.class::cast);
    }

    /**
     * The last start-up step, after the server has started: creates the deferred beans (the models first) and waits
     * for MiniLM, which loads on its own thread meanwhile. A model that cannot be read stops the app, as before.
     */
    @Bean
    ApplicationRunner loadModels(ConfigurableListableBeanFactory factory, MiniLmLoader miniLm) {
        return args -> {
            long start = System.nanoTime();
            miniLm.start();
            List<String> names = Arrays.stream(factory.getBeanDefinitionNames())
                    .filter(name -> factory.getBeanDefinition(name).getAttribute(AFTER_START) != null)
                    .toList();
            names.forEach(factory::getBean);
            long models = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            try {
                miniLm.await(MINILM_WAIT);
            } catch (MiniLmLoader.NotReadyException e) {
                LOG.warn(e.getMessage());
            }
            LOG.info(String.format(Locale.ROOT, "Models ready: %d beans in %d ms after the server started, %s",
                    names.size(), models, miniLm.progress()));
        };
    }
}
