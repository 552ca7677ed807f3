package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.CharLstm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one character LSTM of the app (2 MB of weights, read at start-up), shared by the lesson, its card and the API. */
@Configuration(proxyBeanMethods = false)
class LstmConfiguration {

    @Bean
    CharLstm charLstm() {
        return CharLstm.load();
    }
}
