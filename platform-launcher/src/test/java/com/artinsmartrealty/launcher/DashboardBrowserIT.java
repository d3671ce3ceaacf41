package com.artinsmartrealty.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in headless Chromium against the whole platform with the demo agency: runs the
 * browser tests of {@code dashboard/e2e} (Node's test runner driving Debian's Chromium through
 * playwright-core) and fails when any of them fails. Screenshots and the runner's output are kept
 * under {@code target/e2e}.
 */
class DashboardBrowserIT {

    private static final Path DASHBOARD = Path.of(System.getProperty("dashboard.dir", "../dashboard")).toAbsolutePath()
            .normalize();
    private static final Path OUTPUT = Path.of("target", "e2e").toAbsolutePath();

    private static PlatformServices platform;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start(Map.of());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theDashboardPassesItsBrowserTests() throws IOException, InterruptedException {
        Files.createDirectories(OUTPUT);
        File log = OUTPUT.resolve("node-test-output.txt").toFile();
        ProcessBuilder runner = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1",
                "--test-reporter=spec", "e2e/"))
                .directory(DASHBOARD.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log);
        runner.environment().put("BASE_URL", "http://localhost:" + platform.port("gateway-service"));
        runner.environment().put("DEMO_PASSWORD", TestPlatform.DEMO_PASSWORD);
        runner.environment().put("SCREENSHOTS", OUTPUT.resolve("screenshots").toString());
        runner.environment().put("NO_COLOR", "1");
        Process process = runner.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log.toPath());
        System.out.println(output);

        assertThat(finished).as("the browser tests finish within 10 minutes").isTrue();
        assertThat(process.exitValue()).as("browser tests:%n%s", output).isZero();
        assertThat(output).contains("fail 0").as("no browser test may skip against the whole platform").contains("skipped 0");
        assertThat(OUTPUT.resolve("screenshots").resolve("login-fa.png")).exists();
    }
}
