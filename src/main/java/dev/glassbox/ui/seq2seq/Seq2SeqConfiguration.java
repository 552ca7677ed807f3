package dev.glassbox.ui.seq2seq;

import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one date translator of the app (0.9 MB of weights, read at start-up), shared by its lesson and the API. */
@Configuration(proxyBeanMethods = false)
class Seq2SeqConfiguration {

    @Bean
    Seq2SeqTransformer seq2seqTransformer() {
        return Seq2SeqTransformer.load();
    }
}
