package dev.glassbox.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Learners in real Vaadin sessions, as a browser drives them: each opens a lesson (the page, then Vaadin's {@code init}
 * request, then the UIDL request that renders the view), then every 3–7 s changes a layer, head or step and about
 * every 30 s types a new sentence. A change is the UIDL request a browser sends when the learner follows a link to
 * the view with the new state ({@code ui-navigate}), so the server does what it does for a learner: read the state
 * from the link, run the model, send the changed page.
 *
 * <p>System properties: {@code load.base} (default {@code http://localhost:18080}), {@code load.users} (35),
 * {@code load.minutes} (3), {@code load.ramp} (seconds over which the learners arrive, 30).
 */
public class ClassroomSimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://localhost:18080");
    static final int USERS = Integer.getInteger("load.users", 35);
    static final int MINUTES = Integer.getInteger("load.minutes", 3);
    static final int RAMP = Integer.getInteger("load.ramp", 30);
    /** When an instance behind the proxy is stopped, learners reload their link, as the browser does (scale-out.sh). */
    static final boolean FAILOVER = Boolean.getBoolean("load.failover");

    /** Sentences learners type (a mix of lengths, each under the views' limits). */
    static final List<String> SENTENCES = List.of(
            "The cat sat on the mat because it was warm.",
            "The animal didn't cross the street because it was too tired.",
            "Transformers read every word at once.",
            "She gave her brother the book she had finished.",
            "A bank by the river is not a bank for money.",
            "Attention lets each token look at the others.",
            "We learned about z-scores and the normal curve today.",
            "The quick brown fox jumps over the lazy dog.");

    static final List<String> DATES = List.of("Wednesday, 9 May 2018", "03/04/2020", "the 21st of March 1999",
            "Dec 25, 2024", "1.1.2000", "Monday, July 4, 1910");

    /** One lesson: its route, the parameter holding the learner's text, and how a learner changes its state. */
    record Lesson(String route, String textParameter, List<String> texts, Change change) {
    }

    interface Change {
        String query(ThreadLocalRandom random);
    }

    static final List<Lesson> LESSONS = List.of(
            new Lesson("attention", "s", SENTENCES, r -> "layer=" + r.nextInt(6) + "&head=" + r.nextInt(12)),
            new Lesson("encoder", "s", SENTENCES, r -> "layer=" + r.nextInt(6)),
            new Lesson("tokens", "s", SENTENCES, r -> "m=" + r.nextInt(1, 8)),
            new Lesson("decoder", "s", SENTENCES, r -> "layer=" + r.nextInt(2) + "&head=" + r.nextInt(4)),
            new Lesson("lstm", "s", SENTENCES, r -> "t=" + r.nextInt(1, 20)),
            new Lesson("translate", "date", DATES,
                    r -> "step=" + r.nextInt(1, 11) + "&layer=" + r.nextInt(2) + "&head=" + r.nextInt(4)),
            new Lesson("positions", "s", SENTENCES, r -> "n=" + List.of(16, 32, 64, 128).get(r.nextInt(4))
                    + "&d=" + List.of(16, 64, 128, 384).get(r.nextInt(4))));

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The learner's current link, from the lesson, the text and the last change. */
    static Session link(Session session, String text, String change) {
        Lesson lesson = session.get("lesson");
        String query = lesson.textParameter() + "=" + encode(text) + (change.isEmpty() ? "" : "&" + change);
        return session.set("text", text).set("change", change).set("route", lesson.route()).set("query", query)
                .set("queryParam", encode(query));
    }

    /** The UIDL request of following a link to the learner's current state, with Vaadin's sync counters. */
    static HttpRequestActionBuilder navigate(String name) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":[{\"type\":\"event\","
                        + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + session.getString("route")
                        + "\",\"query\":\"" + session.getString("query") + "\",\"appShellTitle\":\"Glassbox\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"client\"}}],\"syncId\":" + session.getString("syncId")
                        + ",\"clientId\":" + session.getString("clientId") + "}"))
                .check(status().is(200),
                        substring("appError").notExists(),
                        FAILOVER ? substring("sessionExpired").count().saveAs("expired")
                                : substring("sessionExpired").notExists(),
                        substring("Internal error").notExists(),
                        substring("resynchronize").notExists(),
                        counter("syncId"), counter("clientId"));
    }

    /** Saves one of Vaadin's sync counters; a session that expired in a failover has none, and reloads instead. */
    static io.gatling.javaapi.core.CheckBuilder counter(String name) {
        return FAILOVER ? regex("\"" + name + "\":(\\d+)").optional().saveAs(name) : regex("\"" + name + "\":(\\d+)").saveAs(name);
    }

    /** Loading the learner's current link: the page, Vaadin's start, the first render (what a reload does too). */
    static ChainBuilder load(String prefix) {
        return exec(http(prefix + "open page").get("/#{route}?#{query}").check(status().is(200), substring("<html")))
                .exec(http(prefix + "start view")
                        .get("/?v-r=init&location=#{route}&query=#{queryParam}&v-sw=1280&v-sh=800&v-ww=1280&v-wh=800")
                        .check(status().is(200),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId")))
                .exec(navigate(prefix + "render view").check(bodyLength().gt(10_000)));
    }

    static final ChainBuilder OPEN = exec(session -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Lesson lesson = LESSONS.get(random.nextInt(LESSONS.size()));
        return link(session.set("lesson", lesson), lesson.texts().get(random.nextInt(lesson.texts().size())), "")
                .set("expired", 0);
    }).exec(load(""));

    /** After a change: a page whose session is gone (its instance stopped) reloads its link on the other instance. */
    static final ChainBuilder RELOAD_IF_EXPIRED = doIf(session -> FAILOVER && session.getInt("expired") > 0)
            .then(exec(session -> session.set("expired", 0)).exec(load("reload after failover: ")));

    static final ChainBuilder CHANGE_STEP = exec(session -> {
        Lesson lesson = session.get("lesson");
        return link(session, session.getString("text"), lesson.change().query(ThreadLocalRandom.current()));
    }).exec(navigate("change layer, head or step")).exec(RELOAD_IF_EXPIRED);

    static final ChainBuilder NEW_SENTENCE = exec(session -> {
        Lesson lesson = session.get("lesson");
        List<String> texts = lesson.texts();
        return link(session, texts.get(ThreadLocalRandom.current().nextInt(texts.size())), session.getString("change"));
    }).exec(navigate("new sentence")).exec(RELOAD_IF_EXPIRED);

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Glassbox load test");

    /** Think 3–7 s; one in six actions is a new sentence (about every 30 s), the rest change a layer, head or step. */
    final ScenarioBuilder learners = scenario("learner").exec(OPEN)
            .during(Duration.ofMinutes(MINUTES)).on(
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(7))
                            .randomSwitch().on(
                                    percent(100.0 / 6).then(NEW_SENTENCE),
                                    percent(100 - 100.0 / 6).then(CHANGE_STEP)));

    {
        setUp(learners.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
