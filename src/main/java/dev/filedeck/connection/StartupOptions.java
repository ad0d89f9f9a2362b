package dev.filedeck.connection;

import java.util.List;

/**
 * The command line's say in the connection: {@code --profile NAME} opens a saved connection,
 * {@code --base-url URL} a provider with the key from {@code OPENAI_API_KEY}. Other arguments are
 * left to whoever else reads them.
 *
 * @param profile a saved connection's name, or null
 * @param baseUrl a base URL, or null
 */
public record StartupOptions(String profile, String baseUrl) {

    public static final StartupOptions NONE = new StartupOptions(null, null);

    /**
     * Reads {@code --profile NAME}, {@code --profile=NAME}, {@code --base-url URL} and {@code --base-url=URL}.
     *
     * @throws IllegalArgumentException when an option lacks its value
     */
    public static StartupOptions parse(List<String> args) {
        String profile = null;
        String baseUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--profile") || arg.equals("--base-url")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(arg + " needs a value, e.g. " + arg
                            + (arg.equals("--profile") ? " \"My OpenAI\"" : " https://api.openai.com/v1"));
                }
                String value = args.get(++i);
                if (arg.equals("--profile")) {
                    profile = value;
                } else {
                    baseUrl = value;
                }
            } else if (arg.startsWith("--profile=")) {
                profile = arg.substring("--profile=".length());
            } else if (arg.startsWith("--base-url=")) {
                baseUrl = arg.substring("--base-url=".length());
            }
        }
        return new StartupOptions(blankToNull(profile), blankToNull(baseUrl));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
