package dev.glassbox.ui.decoder;

import dev.glassbox.model.decoder.CharDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one character decoder of the app (3.4 MB of weights, read at start-up), shared by its lessons and the API. */
@Configuration(proxyBeanMethods = false)
class DecoderConfiguration {

    @Bean
    CharDecoder charDecoder() {
        return CharDecoder.load();
    }
}
