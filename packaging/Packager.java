import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds FileDeck's installer for the operating system it runs on; `./mvnw -Ppackage package` runs
 * it after the jar is built (see packaging/README.md). Steps:
 *
 * <ol>
 *   <li>the app's module and its dependencies, all explicit modules, go into one jlink'd runtime
 *       with only the modules the app needs, a CDS archive of the JDK's classes, and JavaFX's
 *       native libraries beside the JVM's (so nothing is unpacked into the home folder at start);</li>
 *   <li>jpackage makes an app image from that runtime (options in packaging/OS/image.args);</li>
 *   <li>a training run of the image ({@code FileDeck --smoke}) writes an AppCDS archive of the classes
 *       a start loads, and the launcher is pointed at it;</li>
 *   <li>jpackage makes the installers from the image (options in packaging/OS/*.args) into
 *       target/installer.</li>
 * </ol>
 *
 * Run from the project folder with the JDK's single-file launcher:
 * {@code java packaging/Packager.java KEY=VALUE...}; keys: version, description, url, jar, deps, work,
 * dest, and optionally types (deb,rpm), cds (false skips the training run), installerVersion.
 */
public final class Packager {

    static final String NAME = "FileDeck";
    static final String MAIN = "dev.filedeck/dev.filedeck.app.Main";
    /**
     * Beyond what the app's module requires: elliptic-curve TLS (most HTTPS servers need it; it is a
     * service, so no requires finds it) and the formats of the locales below (dates and sizes are
     * written the user's way).
     */
    static final List<String> EXTRA_MODULES = List.of("jdk.crypto.ec", "jdk.localedata");
    static final String LOCALES = "en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,ru,uk,tr,ja,zh,ko";
    static final String ARCHIVE = "filedeck.jsa";
    static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(90);

    private final Os os = Os.current();
    private final Map<String, String> options;
    private final Path work;
    private final Path tools = Path.of(System.getProperty("java.home"), "bin");

    private Packager(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(option("work"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected KEY=VALUE, got " + arg);
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        try {
            new Packager(options).run();
        } catch (PackagingException e) {
            System.err.println("[packager] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        String version = installerVersion(option("version"));
        deleteTree(work);
        Files.createDirectories(work);

        Path modules = collectModules(Path.of(option("jar")), Path.of(option("deps")));
        Path runtime = jlink(modules);
        copyJavaFxNatives(modules, runtime);
        Path image = appImage(runtime, version);
        if (Boolean.parseBoolean(options.getOrDefault("cds", "true"))) {
            trainAppCds(image);
        } else {
            log("AppCDS skipped (cds=false): the app starts, only more slowly");
        }
        Path dest = Path.of(option("dest"));
        deleteTree(dest);
        Files.createDirectories(dest);
        for (String type : installerTypes()) {
            installer(image, type, version, dest);
        }
        try (Stream<Path> made = Files.list(dest)) {
            for (Path file : made.toList()) {
                log("installer: " + file + " (" + Files.size(file) / 1024 + " KiB)");
            }
        }
    }

    // ---- 1. modules and runtime ---------------------------------------------------------------

    /**
     * The app's jar and its dependencies, all as explicit modules in one folder. JavaFX's jars
     * without a platform classifier are empty placeholders: skipped. jlink refuses automatic modules
     * (jars without module-info), so those get one (see {@link #makeExplicit}).
     */
    private Path collectModules(Path appJar, Path deps) throws IOException, InterruptedException {
        Path modules = work.resolve("modules");
        Files.createDirectories(modules);
        List<Path> jars = new ArrayList<>(List.of(appJar));
        try (Stream<Path> listed = Files.list(deps)) {
            listed.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        Map<String, Path> automatic = new TreeMap<>();
        Map<Path, ModuleDescriptor> explicit = new LinkedHashMap<>();
        for (Path jar : jars) {
            ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().stream().findFirst()
                    .map(ModuleReference::descriptor).orElseThrow(() -> new PackagingException("not a jar: " + jar));
            String file = jar.getFileName().toString();
            if (descriptor.isAutomatic() && file.startsWith("javafx-")) {
                continue; // the empty jar beside javafx-*-linux.jar (or -win, -mac)
            }
            if (descriptor.isAutomatic()) {
                automatic.put(descriptor.name(), jar);
            } else {
                explicit.put(jar, descriptor);
                Files.copy(jar, modules.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!automatic.isEmpty()) {
            makeExplicit(automatic, independentOf(automatic.keySet(), explicit));
        }
        return modules;
    }

    /**
     * The explicit modules that need none of the automatic ones, even indirectly (the app's does):
     * the module path for working on the automatic ones, where every module must resolve.
     */
    private static List<Path> independentOf(Set<String> automatic, Map<Path, ModuleDescriptor> explicit) {
        Set<String> dependent = new TreeSet<>(automatic);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ModuleDescriptor descriptor : explicit.values()) {
                if (!dependent.contains(descriptor.name())
                        && descriptor.requires().stream().anyMatch(r -> dependent.contains(r.name()))) {
                    grew |= dependent.add(descriptor.name());
                }
            }
        }
        return explicit.entrySet().stream().filter(e -> !dependent.contains(e.getValue().name())).map(Map.Entry::getKey).toList();
    }

    /**
     * Turns automatic modules into explicit ones, so that they can be linked into the runtime like
     * the others (and the AppCDS archive, which names every jar on a module path by its absolute
     * path, needs no such path). jdeps writes an open module-info for each (requires from their
     * classes, every package open, as an automatic module has them); javac compiles it against the
     * jar; it goes into a copy of the jar, without the jar's signature (the jar is no longer the one
     * that was signed).
     */
    private void makeExplicit(Map<String, Path> automatic, List<Path> libraries) throws IOException, InterruptedException {
        log("automatic modules, given a module-info to be linked: " + automatic.keySet());
        Path modules = work.resolve("modules");
        Path sources = work.resolve("module-info");
        String release = Integer.toString(Runtime.version().feature());
        String libraryPath = String.join(java.io.File.pathSeparator, libraries.stream().map(Path::toString).toList());
        List<String> generate = new ArrayList<>(List.of(tool("jdeps"), "--multi-release", release, "--ignore-missing-deps",
                "--generate-open-module", sources.toString(), "--module-path", libraryPath));
        automatic.values().forEach(jar -> generate.add(jar.toString()));
        exec(generate, Map.of());
        for (Map.Entry<String, Path> module : automatic.entrySet()) {
            String name = module.getKey();
            Path source;
            try (Stream<Path> found = Files.walk(sources.resolve(name))) {
                source = found.filter(p -> p.getFileName().toString().equals("module-info.java")).findFirst()
                        .orElseThrow(() -> new PackagingException("jdeps wrote no module-info for " + name));
            }
            StringBuilder modulePath = new StringBuilder(libraryPath);
            automatic.forEach((other, jar) -> {
                if (!other.equals(name)) {
                    modulePath.append(java.io.File.pathSeparator).append(jar);
                }
            });
            Path classes = work.resolve("module-info-classes").resolve(name);
            exec(List.of(tool("javac"), "--release", release, "-nowarn", "--module-path", modulePath.toString(),
                    "--patch-module", name + "=" + module.getValue(), "-d", classes.toString(), source.toString()), Map.of());
            Path copy = modules.resolve(module.getValue().getFileName());
            copyWithoutSignature(module.getValue(), copy);
            exec(List.of(tool("jar"), "--update", "--file", copy.toString(), "-C", classes.toString(), "module-info.class"), Map.of());
        }
    }

    private static void copyWithoutSignature(Path jar, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : in.stream().toList()) {
                if (entry.getName().matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** Every module the build gave us (service providers too, which nothing requires) and the extra ones. */
    private static List<String> rootModules(Path modules) {
        List<String> names = new ArrayList<>();
        ModuleFinder.of(modules).findAll().forEach(module -> names.add(module.descriptor().name()));
        names.addAll(EXTRA_MODULES);
        return names.stream().sorted().distinct().toList();
    }

    private Path jlink(Path modules) throws IOException, InterruptedException {
        Path runtime = work.resolve("runtime");
        List<String> command = new ArrayList<>(List.of(tool("jlink"),
                "--module-path", modules.toString(),
                "--add-modules", String.join(",", rootModules(modules)),
                "--include-locales", LOCALES,
                "--strip-java-debug-attributes", "--no-header-files", "--no-man-pages",
                // JavaFX's native libraries are copied beside the JVM's instead (see copyJavaFxNatives).
                "--exclude-resources", "/javafx.graphics/**.so,/javafx.graphics/**.dll,/javafx.graphics/**.dylib",
                "--generate-cds-archive",
                "--output", runtime.toString()));
        if (os == Os.LINUX) {
            // Debian's JDK keeps debug symbols in its libraries; objcopy (binutils) takes them out.
            // (--strip-debug would do both, but jlink refuses it together with this option.)
            command.addAll(List.of("--strip-native-debug-symbols", "exclude-debuginfo-files"));
        }
        exec(command, Map.of());
        log("runtime: " + runtime + " (" + sizeOf(runtime) / (1024 * 1024) + " MiB)");
        return runtime;
    }

    /**
     * JavaFX looks for its libraries beside the JVM's (lib/, or bin/ on Windows) before it unpacks
     * them from its jars into ~/.openjfx/cache: put them there.
     */
    private void copyJavaFxNatives(Path modules, Path runtime) throws IOException {
        Path target = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        int copied = 0;
        try (Stream<Path> jars = Files.list(modules)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("javafx-")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches("[^/]+\\.(so|dll|dylib)")).toList()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                        copied++;
                    }
                }
            }
        }
        if (copied == 0) {
            throw new PackagingException("no JavaFX native library found in " + modules);
        }
        log("JavaFX native libraries: " + copied + " copied into " + target);
        // The JDK's classes archived for a heap over 32 GB (no compressed pointers): FileDeck's own
        // archive is made with compressed pointers, so this one would only add 11 MB.
        Files.deleteIfExists(runtime.resolve(os == Os.WINDOWS ? "bin/server/classes_nocoops.jsa" : "lib/server/classes_nocoops.jsa"));
    }

    // ---- 2. app image -------------------------------------------------------------------------

    private Path appImage(Path runtime, String version) throws IOException, InterruptedException {
        Path images = work.resolve("image");
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--dest", images.toString(), "--runtime-image", runtime.toString(), "--module", MAIN,
                "--app-version", version));
        command.addAll(described());
        command.addAll(argFile(os.folder + "/image.args"));
        exec(command, Map.of());
        Path image = images.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        log("app image: " + image);
        return image;
    }

    // ---- 3. AppCDS ----------------------------------------------------------------------------

    /**
     * On JDK 17 an AppCDS archive comes from a training run: the launcher's configuration asks the
     * JVM to write the classes it loaded at exit, the app starts once (a smoke run: window, first
     * list, exit), then the configuration is changed to use the archive. Everything the app loads
     * is in the runtime image, so the archive holds no path of this machine and still fits where
     * the installer puts the app.
     */
    private void trainAppCds(Path image) throws IOException, InterruptedException {
        Path config = launcherConfig(image);
        String original = Files.readString(config);
        // -Xlog:cds=off: dumping warns about every generated reflection class it leaves out.
        Files.writeString(config, withJavaOptions(original, "-XX:ArchiveClassesAtExit=$APPDIR/" + ARCHIVE, "-Xlog:cds=off"));
        Path archive = config.resolveSibling(ARCHIVE);
        try (Display display = Display.forTraining(os, work)) {
            exec(List.of(launcher(image).toString(), "--smoke"), display.environment(), TRAINING_TIMEOUT);
            if (!Files.isRegularFile(archive)) {
                throw new PackagingException("the training run wrote no " + archive);
            }
            Files.writeString(config, withJavaOptions(original, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE));
            // -Xshare:on turns an archive the JVM would silently skip into an error: proof it is used.
            Map<String, String> check = new LinkedHashMap<>(display.environment());
            check.put("JAVA_TOOL_OPTIONS", "-Xshare:on");
            exec(List.of(launcher(image).toString(), "--smoke"), check, TRAINING_TIMEOUT);
        }
        log("AppCDS archive: " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MiB)");
    }

    /** The launcher's configuration with JVM options added at the top of its [JavaOptions] section. */
    private static String withJavaOptions(String config, String... options) {
        String section = "[JavaOptions]";
        StringBuilder lines = new StringBuilder(section);
        for (String option : options) {
            lines.append(System.lineSeparator()).append("java-options=").append(option);
        }
        if (!config.contains(section)) {
            return config + System.lineSeparator() + lines + System.lineSeparator();
        }
        return config.replace(section, lines.toString());
    }

    private Path launcherConfig(Path image) {
        Path app = os == Os.MAC ? image.resolve("Contents/app") : image.resolve("lib/app");
        return app.resolve(NAME + ".cfg");
    }

    private Path launcher(Path image) {
        return switch (os) {
            case WINDOWS -> image.resolve(NAME + ".exe");
            case MAC -> image.resolve("Contents/MacOS/" + NAME);
            case LINUX -> image.resolve("bin/" + NAME);
        };
    }

    // ---- 4. installers ------------------------------------------------------------------------

    /** What this system can build, or the types asked for (types=deb,rpm). */
    private List<String> installerTypes() {
        String asked = options.getOrDefault("types", "");
        if (!asked.isBlank()) {
            return List.of(asked.split(","));
        }
        return switch (os) {
            case WINDOWS -> List.of("msi");
            case MAC -> List.of("dmg");
            case LINUX -> {
                List<String> types = new ArrayList<>();
                if (onPath("dpkg-deb")) {
                    types.add("deb");
                }
                if (onPath("rpmbuild")) {
                    types.add("rpm");
                }
                if (types.isEmpty()) {
                    throw new PackagingException("neither dpkg-deb nor rpmbuild is installed: no Linux package can be built");
                }
                yield types;
            }
        };
    }

    private void installer(Path image, String type, String version, Path dest) throws IOException, InterruptedException {
        if (type.equals("msi") && !onPath("candle.exe") && !onPath("candle")) {
            throw new PackagingException("an .msi needs the WiX Toolset 3 (candle.exe, light.exe) on the PATH: see README.md, Install");
        }
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--app-image", image.toString(),
                "--dest", dest.toString(), "--app-version", version));
        command.addAll(described());
        command.addAll(List.of("--about-url", option("url")));
        command.addAll(argFile(os.folder + "/" + type + ".args"));
        exec(command, Map.of());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The version installers accept: numbers only (a -SNAPSHOT is dropped). macOS bundles refuse a
     * first number of 0; override with installer.version=1.0.0 there until FileDeck reaches 1.0.
     */
    private String installerVersion(String projectVersion) {
        String version = options.getOrDefault("installerVersion", "");
        if (version.isBlank()) {
            version = projectVersion.replaceFirst("[-+].*$", "");
        }
        if (!version.matches("\\d+(\\.\\d+){0,3}")) {
            throw new PackagingException("installers need a version of numbers, like 1.2.3: " + version);
        }
        if (os == Os.MAC && version.startsWith("0")) {
            throw new PackagingException("macOS needs a version that does not start with 0 (jpackage rule), not " + version
                    + ": build with -Dinstaller.version=1.0.0");
        }
        return version;
    }

    /** The name and the words about the app every jpackage step takes; the pom has the description. */
    private List<String> described() throws IOException {
        List<String> args = new ArrayList<>(argFile("common.args"));
        args.addAll(List.of("--description", option("description")));
        return args;
    }

    /** The options in a file of packaging/, one option or value a line, # for comments. */
    private static List<String> argFile(String name) throws IOException {
        Path file = Path.of("packaging", name);
        if (!Files.exists(file)) {
            throw new PackagingException("missing " + file);
        }
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            if (trimmed.startsWith("--") && space > 0) {
                args.add(trimmed.substring(0, space));
                args.add(trimmed.substring(space + 1).strip());
            } else {
                args.add(trimmed);
            }
        }
        return args;
    }

    private String tool(String name) {
        Path path = tools.resolve(os == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(path)) {
            throw new PackagingException(name + " not found in " + tools + ": packaging needs a full JDK 17 or newer");
        }
        return path.toString();
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        exec(command, environment, Duration.ofMinutes(20));
    }

    private static void exec(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        log("$ " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new PackagingException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            throw new PackagingException(Path.of(command.get(0)).getFileName() + " failed with exit code " + process.exitValue());
        }
    }

    private String option(String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new PackagingException("missing option " + key + "=...");
        }
        return value;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void log(String message) {
        System.out.println("[packager] " + message);
    }

    /** The three systems jpackage builds for; each has a folder of options in packaging/. */
    enum Os {
        LINUX("linux"), WINDOWS("windows"), MAC("macos");

        final String folder;

        Os(String folder) {
            this.folder = folder;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    /**
     * The training run opens a real window. On Linux without a display (CI, a build server) it gets
     * a virtual one from Xvfb, started here and stopped after.
     */
    static final class Display implements AutoCloseable {

        private final Process xvfb;
        private final Map<String, String> environment;

        private Display(Process xvfb, Map<String, String> environment) {
            this.xvfb = xvfb;
            this.environment = environment;
        }

        static Display forTraining(Os os, Path work) throws IOException, InterruptedException {
            String current = System.getenv("DISPLAY");
            if (os != Os.LINUX || (current != null && !current.isBlank())) {
                return new Display(null, Map.of());
            }
            if (!onPath("Xvfb")) {
                throw new PackagingException("the AppCDS training run needs a display: set DISPLAY, install Xvfb "
                        + "(apt-get install xvfb), or build without the archive with -Dinstaller.cds=false");
            }
            for (int number = 140; number < 160; number++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                    continue;
                }
                Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                for (int i = 0; i < 50 && xvfb.isAlive(); i++) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                        log("virtual display :" + number + " (Xvfb) for the training run");
                        return new Display(xvfb, Map.of("DISPLAY", ":" + number));
                    }
                    Thread.sleep(100);
                }
                xvfb.destroy();
            }
            throw new PackagingException("Xvfb did not start (see " + work.resolve("xvfb.log") + ")");
        }

        Map<String, String> environment() {
            return environment;
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** A failure with a message that says what to do; printed without a stack trace. */
    static final class PackagingException extends RuntimeException {
        PackagingException(String message) {
            super(message);
        }
    }
}
