package io.paymentledger.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;

import io.paymentledger.gateway.auth.ApiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses may receive webhooks, and when private receivers are allowed at all. */
class TargetGuardTest {

    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource({
            "93.184.216.34, true", "8.8.8.8, true", "2606:4700:4700::1111, true",
            "127.0.0.1, false", "10.1.2.3, false", "172.16.5.4, false", "192.168.0.10, false",
            "169.254.169.254, false", "0.0.0.0, false", "0.1.2.3, false", "100.64.0.1, false", "100.127.255.255, false",
            "100.128.0.1, true", "192.0.0.8, false", "198.18.0.1, false", "224.0.0.1, false", "239.255.255.250, false",
            "240.0.0.1, false", "255.255.255.255, false", "203.0.113.5, false",
            "::1, false", "::, false", "fc00::1, false", "fd12:3456::1, false", "fe80::1, false", "ff02::1, false",
            "::ffff:127.0.0.1, false", "::ffff:10.0.0.1, false", "::ffff:93.184.216.34, true",
            "::127.0.0.1, false", "::10.0.0.1, false",
            "64:ff9b::7f00:1, false", "64:ff9b::a9fe:a9fe, false", "64:ff9b::5db8:d822, true",
            "2002:7f00:1::, false", "2002:a00:1::1, false", "2002:5db8:d822::1, true",
            "2001:0:4136:e378::1, false", "2001:db8::1, false"})
    void refusesEveryAddressThatIsNotPublicUnicast(String address, boolean isPublic) throws Exception {
        assertThat(AddressRules.isPublic(InetAddress.getByName(address))).isEqualTo(isPublic);
    }

    @Test
    void allowsPrivateTargetsOnlyOnTheDevelopmentKeyOrWhenSetExplicitly() {
        ApiKeys development = ApiKeys.parse(null, true);
        ApiKeys real = ApiKeys.parse("sk_test_real1234=acct_real", true);

        assertThat(guard(null, development).allowsPrivateTargets()).isTrue();
        assertThat(guard(null, real).allowsPrivateTargets()).isFalse();
        assertThat(guard(true, real).allowsPrivateTargets()).isTrue();
        assertThat(guard(false, development).allowsPrivateTargets()).isFalse();
        assertThat(guard(null, real).refusal("http://127.0.0.1:9000/hooks")).isPresent();
        assertThat(guard(null, development).refusal("http://127.0.0.1:9000/hooks")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"http://[::ffff:7f00:1]/hooks", "http://2130706433/hooks", "http://0x7f.1/hooks",
            "http://[64:ff9b::a9fe:a9fe]/latest", "https://[2002:c0a8:1::1]/hooks"})
    void refusesLoopbackAndMetadataAddressesInDisguise(String url) {
        assertThat(guard(false, ApiKeys.parse(null, true)).refusal(url)).isPresent();
    }

    private static TargetGuard guard(Boolean allowPrivate, ApiKeys keys) {
        return new TargetGuard(TestWebhookProperties.with(allowPrivate, Duration.ofSeconds(1)), keys);
    }
}
