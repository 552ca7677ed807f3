package dev.glassbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lstm.CharLstm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/** Which beans wait until the server has started: the models, and what is built on them, nothing else. */
class ModelConfigurationTest {

    static final class Card {
        Card(CharLstm lstm) {
        }
    }

    static final class Journey {
        Journey(List<Card> cards) {
        }
    }

    static final class Plain {
        Plain(Runnable r) {
        }
    }

    static final class Cards {
        Card made(CharLstm lstm) {
            return new Card(lstm);
        }
    }

    private final DefaultListableBeanFactory factory = new DefaultListableBeanFactory();

    @Test
    void models_and_what_takes_them_wait_and_the_rest_does_not() {
        factory.registerBeanDefinition("charLstm", new RootBeanDefinition(CharLstm.class));
        factory.registerBeanDefinition("card", new RootBeanDefinition(Card.class));
        factory.registerBeanDefinition("journey", new RootBeanDefinition(Journey.class));
        factory.registerBeanDefinition("plain", new RootBeanDefinition(Plain.class));
        factory.registerBeanDefinition("cards", new RootBeanDefinition(Cards.class));
        RootBeanDefinition made = new RootBeanDefinition();
        made.setFactoryBeanName("cards");
        made.setFactoryMethodName("made");
        factory.registerBeanDefinition("made", made);

        List<String> deferred = ModelConfiguration.deferModels(factory);

        assertThat(deferred).containsExactlyInAnyOrder("charLstm", "card", "journey", "made");
        assertThat(deferred).allMatch(name -> factory.getBeanDefinition(name).isLazyInit());
        assertThat(factory.getBeanDefinition("plain").isLazyInit()).isFalse();
        assertThat(factory.getBeanDefinition("cards").isLazyInit()).isFalse();
    }

    @Test
    void a_bean_from_outside_the_app_is_left_as_it_is() {
        // A library's bean that happens to take a model type is not the app's to defer.
        RootBeanDefinition outside = new RootBeanDefinition(java.util.concurrent.atomic.AtomicReference.class);
        factory.registerBeanDefinition("charLstm", new RootBeanDefinition(CharLstm.class));
        factory.registerBeanDefinition("outside", outside);

        assertThat(ModelConfiguration.deferModels(factory)).containsExactly("charLstm");
        assertThat(outside.isLazyInit()).isFalse();
    }
}
