package nl.kring.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} read as {@code docker compose up} reads it: YAML anchors and
 * merge keys, and the Compose specification's interpolation of the shell's variables
 * ({@code ${X}}, {@code ${X:-default}}, {@code ${X-default}}, {@code ${X:?error}},
 * {@code ${X?error}}, {@code ${X:+other}}, {@code $$}). A variable the file names but the
 * shell lacks is set to what compose sets it to, often the empty string (issue 22: an
 * empty {@code KRING_SETUP_ORGANISATION} is still set).
 */
public final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    public static ComposeFile read(Path file) throws IOException {
        return new ComposeFile(new Yaml().load(Files.readString(file)));
    }

    /** A service's profiles; a service without any starts on a plain {@code docker compose up}. */
    @SuppressWarnings("unchecked")
    public List<String> profiles(String service) {
        return (List<String>) service(service).getOrDefault("profiles", List.of());
    }

    /** The environment a service's container gets, interpolated from {@code shell} as compose does. */
    @SuppressWarnings("unchecked")
    public Map<String, String> environment(String service, Map<String, String> shell) {
        Object declared = service(service).get("environment");
        Map<String, String> environment = new LinkedHashMap<>();
        if (declared instanceof Map<?, ?> map) {
            map.forEach((name, value) -> environment.put(String.valueOf(name),
                    value == null ? shell.getOrDefault(String.valueOf(name), "")
                            : interpolate(String.valueOf(value), shell)));
        } else if (declared instanceof List<?> list) {
            for (String entry : (List<String>) list) {
                int equals = entry.indexOf('=');
                environment.put(entry.substring(0, equals), interpolate(entry.substring(equals + 1), shell));
            }
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        Map<String, Object> services = (Map<String, Object>) root.get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** One value as compose interpolates it; a required variable that is missing fails as {@code up} does. */
    static String interpolate(String value, Map<String, String> shell) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String replacement;
            if (variable.group().equals("$$")) {
                replacement = "$";
            } else if (variable.group(4) != null) {
                replacement = shell.getOrDefault(variable.group(4), "");
            } else {
                String name = variable.group(1);
                String operator = variable.group(2);
                String word = variable.group(3) == null ? "" : interpolate(variable.group(3), shell);
                String set = shell.get(name);
                boolean present = operator != null && operator.startsWith(":")
                        ? set != null && !set.isEmpty() : set != null;
                replacement = switch (operator == null ? "" : operator.substring(operator.length() - 1)) {
                    case "-" -> present ? set : word;
                    case "?" -> {
                        if (!present) {
                            throw new IllegalStateException("docker compose refuses to start: " + name + ": " + word);
                        }
                        yield set;
                    }
                    case "+" -> present ? word : "";
                    default -> set == null ? "" : set;
                };
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(result);
        return result.toString();
    }
}
