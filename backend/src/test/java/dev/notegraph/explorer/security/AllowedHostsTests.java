package dev.notegraph.explorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedHostsTests {

    private final AllowedHosts hosts = new AllowedHosts(List.of("Notes.Lan", "box:8080", " "));

    @Test
    void shouldStripPortCaseAndTrailingDotButKeepIpv6Brackets() {
        assertThat(AllowedHosts.hostName("LocalHost:8080")).isEqualTo("localhost");
        assertThat(AllowedHosts.hostName("localhost.")).isEqualTo("localhost");
        assertThat(AllowedHosts.hostName("[::1]:8080")).isEqualTo("[::1]");
        assertThat(AllowedHosts.hostName("[::1]")).isEqualTo("[::1]");
        assertThat(AllowedHosts.hostName(" 127.0.0.1 ")).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldPermitLoopbackNamesAndListedHostsOnly() {
        assertThat(List.of("localhost", "127.0.0.1:1", "127.255.0.9", "[::1]:9", "[0:0:0:0:0:0:0:1]", "x.localhost"))
                .allMatch(hosts::permits);
        assertThat(List.of("notes.lan", "NOTES.LAN:443", "box", "box:1")).allMatch(hosts::permits);
        assertThat(List.of(
                        "evil.example",
                        "localhost.evil.example",
                        "127.0.0.1.evil.example",
                        "1270.0.0.1",
                        "128.0.0.1",
                        "[::2]",
                        "[::1].evil",
                        "0.0.0.0",
                        "",
                        "notes.lan.evil"))
                .noneMatch(hosts::permits);
    }
}
