package dev.glassbox;

import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one all-MiniLM-L6-v2, loading in the background from start-up so the app answers at once. */
@Configuration(proxyBeanMethods = false)
class EncoderConfiguration {

    @Bean
    MiniLmLoader miniLmLoader(@Value("${glassbox.encoder.cache-mb:256}") long cacheMegabytes) {
        return new MiniLmLoader(MiniLmEncoder::load, cacheMegabytes * 1024 * 1024);
    }

    @Bean
    ApplicationRunner startLoadingMiniLm(MiniLmLoader loader) {
        return args -> loader.start();
    }
}
