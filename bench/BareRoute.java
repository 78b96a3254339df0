import io.javalin.Javalin;

/**
 * The HTTP floor: Javalin answering a constant on the same JVM flags as the service. Run from the
 * service jar's classpath: {@code java -cp customerbackend.jar bench/BareRoute.java PORT}.
 */
public class BareRoute {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/bare", ctx -> ctx.contentType("application/json").result("{\"categories\":[]}"));
        }).start(port);
    }
}
