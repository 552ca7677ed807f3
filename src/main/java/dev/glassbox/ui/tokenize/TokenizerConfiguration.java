package dev.glassbox.ui.tokenize;

import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tokenizers as beans, so that what shows them is handed them: each is loaded once and shared. */
@Configuration(proxyBeanMethods = false)
class TokenizerConfiguration {

    @Bean
    WordTokenizer wordTokenizer() {
        return new WordTokenizer();
    }

    @Bean
    WordPieceTokenizer wordPieceTokenizer() {
        return WordPieceTokenizer.minilm();
    }

    @Bean
    BytePairTokenizer bytePairTokenizer() {
        return BytePairTokenizer.r50k();
    }
}
