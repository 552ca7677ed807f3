/** JMH benchmarks, run on demand with {@code ./mvnw -Pbench -DskipTests verify [-Dbench=Name]}. */
package dev.glassbox.bench;
