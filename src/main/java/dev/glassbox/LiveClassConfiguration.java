package dev.glassbox;

import dev.glassbox.model.live.ClassLimits;
import dev.glassbox.model.live.Classrooms;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live classes of this server, in memory, within the bounds set under {@code glassbox.class.*}. */
@Configuration(proxyBeanMethods = false)
class LiveClassConfiguration {

    @Bean
    Classrooms classrooms(@Value("${glassbox.class.idle:3h}") Duration idle,
            @Value("${glassbox.class.max-students:100}") int maxStudents,
            @Value("${glassbox.class.max-classes:50}") int maxClasses,
            @Value("${glassbox.class.joins-per-minute:60}") int joinsPerMinute,
            @Value("${glassbox.class.wrong-code-delay:1s}") Duration wrongCodeDelay) {
        return new Classrooms(new ClassLimits(idle, maxStudents, maxClasses, joinsPerMinute, wrongCodeDelay));
    }

    /** Ends idle classes once a minute, so that their screens say so even when nobody asks. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService classSweeper(Classrooms classrooms) {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(classrooms::sweep, 1, 1, TimeUnit.MINUTES);
        return sweeper;
    }
}
