package io.paymentledger.gateway.web;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class RequestParamsTest {

    public static RequestParams form(String body) {
        return RequestParams.fromForm(null, body.getBytes(StandardCharsets.UTF_8));
    }

    public static RequestParams json(String body) {
        return RequestParams.fromJson(null, body.getBytes(StandardCharsets.UTF_8));
    }

    static void assertMalformedBody(ThrowingCallable parse) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.error().code()).isEqualTo(PaymentErrorCode.INVALID_REQUEST);
            assertThat(e.error().message()).isEqualTo("Invalid request body");
            assertThat(e.error().param()).isNull();
        });
    }

    @Nested
    class Form {

        @Test
        void splitsBracketedKeysIntoNestedHashes() {
            RequestParams params = form("amount=1000&metadata[order_id]=A-1"
                    + "&payment_method_data[card][number]=4242424242424242&shipping[address][line1]=x");

            assertThat(params.tree()).containsEntry("amount", "1000")
                    .containsEntry("metadata", Map.of("order_id", "A-1"))
                    .containsEntry("payment_method_data", Map.of("card", Map.of("number", "4242424242424242")))
                    .containsEntry("shipping", Map.of("address", Map.of("line1", "x")));
            assertThat(params.json()).isFalse();
        }

        @Test
        void decodesPercentEncodedBracketsBeforeSplittingKeys() {
            RequestParams params = form("metadata%5Border_id%5D=A%2D1&description=caf%C3%A9+au+lait");

            assertThat(params.tree()).containsEntry("metadata", Map.of("order_id", "A-1"))
                    .containsEntry("description", "café au lait");
        }

        @Test
        void ordersIndexedArraysByIndex() {
            RequestParams params = form("expand[1]=payment_method&expand[0]=latest_charge&expand[10]=x");

            assertThat(params.tree()).containsEntry("expand", List.of("latest_charge", "payment_method", "x"));
        }

        @Test
        void appendsEmptyBracketArraysInOrder() {
            RequestParams params = form("expand[]=latest_charge&expand[]=payment_method");

            assertThat(params.tree()).containsEntry("expand", List.of("latest_charge", "payment_method"));
        }

        @Test
        void keepsNumericMetadataKeysAsKeys() {
            RequestParams params = form("metadata[0]=zero&metadata[1]=one");

            assertThat(params.tree()).containsEntry("metadata", Map.of("0", "zero", "1", "one"));
        }

        @Test
        void readsAnEmptyListAsAnEmptyString() {
            assertThat(form("payment_method_types=").tree()).containsEntry("payment_method_types", "");
        }

        @Test
        void letsTheLaterValueOfARepeatedKeyWin() {
            assertThat(form("amount=1&amount=2").tree()).containsEntry("amount", "2");
        }

        @Test
        void mergesQueryStringAndBodyWithTheBodyWinning() {
            RequestParams params = RequestParams.fromForm("amount=1&metadata[a]=q&expand[0]=latest_charge",
                    "amount=2&metadata[b]=b".getBytes(StandardCharsets.UTF_8));

            assertThat(params.tree()).containsEntry("amount", "2")
                    .containsEntry("metadata", Map.of("a", "q", "b", "b"))
                    .containsEntry("expand", List.of("latest_charge"));
        }

        @Test
        void keepsMalformedBracketKeysWholeSoTheyAreReportedAsUnknown() {
            assertThat(form("shipping[name=x&a]b=1&[x]=2").tree()).containsOnlyKeys("shipping[name", "a]b", "[x]");
        }

        @Test
        void treatsAKeyWithoutEqualsSignAsEmpty() {
            assertThat(form("description&&amount=5").tree()).containsEntry("description", "")
                    .containsEntry("amount", "5");
        }

        @ParameterizedTest
        @ValueSource(strings = {"amount=%ZZ", "amount=10%", "amount=%4", "desc=%C3%28", "a%FF=1"})
        void rejectsBadEscapesAndInvalidUtf8AsMalformedBody(String body) {
            assertMalformedBody(() -> form(body));
        }

        @Test
        void rejectsKeysNestedDeeperThanAnyEndpointAccepts() {
            assertMalformedBody(() -> form("a[b][c][d][e][f][g][h][i]=1"));
        }

        @Test
        void readsGetParametersFromTheQueryStringOnly() {
            RequestParams params = RequestParams.fromQuery("limit=3&created[gte]=10&expand[]=data.payment_method");

            assertThat(params.tree()).containsEntry("limit", "3").containsEntry("created", Map.of("gte", "10"))
                    .containsEntry("expand", List.of("data.payment_method"));
        }
    }

    @Nested
    public class Json {

        public static final String ISSUE_BODY = """
                {"amount":1000,"currency":"USD","confirm":true,"payment_method_data":{"type":"card",\
                "card":{"number":"4242424242424242","exp_month":"12","exp_year":2030,"cvc":"123"},\
                "billing_details":{"name":"A","address":{"line1":"x","country":"US"}}},\
                "metadata":{"order_id":"A-1","n":5},"shipping":{"name":"B","address":{"line1":"y"}},\
                "return_url":"https://m.example/r","quantity":1,"merchant_order_id":"o-1"}""";

        @Test
        void readsTheIssueBodyIntoTheSameTreeShapeAsAForm() {
            RequestParams params = json(ISSUE_BODY);

            assertThat(params.json()).isTrue();
            assertThat(params.tree()).containsEntry("amount", "1000").containsEntry("currency", "USD")
                    .containsEntry("confirm", "true").containsEntry("quantity", "1")
                    .containsEntry("metadata", Map.of("order_id", "A-1", "n", "5"))
                    .containsEntry("payment_method_data", Map.of("type", "card",
                            "card", Map.of("number", "4242424242424242", "exp_month", "12", "exp_year", "2030",
                                    "cvc", "123"),
                            "billing_details", Map.of("name", "A", "address", Map.of("line1", "x", "country", "US"))));
        }

        @Test
        void readsNullAsUnsetLikeAnEmptyString() {
            assertThat(json("{\"description\":null}").tree()).containsEntry("description", "");
        }

        @Test
        void readsArraysAsLists() {
            assertThat(json("{\"payment_method_types\":[\"card\"],\"expand\":[]}").tree())
                    .containsEntry("payment_method_types", List.of("card")).containsEntry("expand", List.of());
        }

        @Test
        void readsAnEmptyBodyAsNoParameters() {
            assertThat(RequestParams.fromJson("expand[]=latest_charge", new byte[0]).tree())
                    .containsEntry("expand", List.of("latest_charge"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{", "[1,2]", "\"amount\"", "42", "{\"amount\":1000}}", "{\"a\":1,\"a\":2}",
                "{amount:1000}", "{\"amount\":1000,}", "nonsense"})
        void rejectsMalformedJsonAsMalformedBody(String body) {
            assertMalformedBody(() -> json(body));
        }

        @Test
        void rejectsNestingDeeperThanAnyEndpointAccepts() {
            assertMalformedBody(() -> json("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}"));
        }
    }

    @Nested
    class Fingerprint {

        @Test
        void isTheSameForAFormAndAJsonBodyWithTheSameParameters() {
            RequestParams asForm = form("amount=1000&currency=usd&confirm=true&payment_method_types[0]=card"
                    + "&metadata[b]=2&metadata[a]=1&shipping[name]=B&shipping[address][line1]=y");
            RequestParams asJson = json("{\"shipping\":{\"address\":{\"line1\":\"y\"},\"name\":\"B\"},"
                    + "\"metadata\":{\"a\":1,\"b\":\"2\"},\"payment_method_types\":[\"card\"],\"confirm\":true,"
                    + "\"currency\":\"usd\",\"amount\":1000}");

            assertThat(asForm.canonical()).isEqualTo(asJson.canonical());
        }

        @Test
        void ignoresParameterOrderAndEncoding() {
            assertThat(form("a=1&b[x]=2&b[y]=3").canonical())
                    .isEqualTo(form("b%5By%5D=3&b[x]=2&a=1").canonical());
        }

        @Test
        void differsWhenAValueDiffers() {
            assertThat(form("amount=1000&currency=usd").canonical())
                    .isNotEqualTo(form("amount=1001&currency=usd").canonical());
        }

        @Test
        void differsWhenAParameterIsAdded() {
            assertThat(form("amount=1000").canonical()).isNotEqualTo(form("amount=1000&description=").canonical());
        }

        @Test
        void differsWhenNestingDiffers() {
            assertThat(form("metadata[a]=1").canonical()).isNotEqualTo(form("metadata=a").canonical());
        }

        @Test
        void leavesOutEveryCvcButKeepsTheRestOfTheCard() {
            String canonical = form("payment_method_data[card][number]=4242424242424242"
                    + "&payment_method_data[card][cvc]=739&card[cvc]=739&card[exp_month]=12").canonical();

            assertThat(canonical).doesNotContain("739").doesNotContain("cvc").contains("4242424242424242")
                    .contains("exp_month");
        }
    }

    @Nested
    class NulCharacter {

        @ParameterizedTest
        @ValueSource(strings = {"description=a%00b", "metadata[order%00id]=x", "metadata[order]=%00",
                "payment_method_types[]=card&payment_method_types[]=ca%00rd", "shipping[address][line1]=%00"})
        void isRefusedInAnyFormNameOrValueNamingItsParameter(String body) {
            assertThatThrownBy(() -> form(body)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.error().code()).isEqualTo(PaymentErrorCode.INVALID_REQUEST);
                assertThat(e.error().message()).startsWith("Invalid string: ").contains("NUL character");
                assertThat(e.error().param()).isIn("description", "metadata[order\\u0000id]", "metadata[order]",
                        "payment_method_types[1]", "shipping[address][line1]");
            });
        }

        @Test
        void isRefusedInJsonBodiesAndQueryStrings() {
            assertThatThrownBy(() -> json("{\"metadata\":{\"k\":\"v\\u0000\"}}"))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.error().param()).isEqualTo("metadata[k]"));
            assertThatThrownBy(() -> RequestParams.fromQuery("starting_after=pi_%00"))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.error().param()).isEqualTo("starting_after"));
        }

        @Test
        void leavesOtherControlCharactersAndTextAlone() {
            assertThat(form("description=tab%09and+newline%0A+caf%C3%A9").tree())
                    .containsEntry("description", "tab\tand newline\n café");
        }
    }
}
