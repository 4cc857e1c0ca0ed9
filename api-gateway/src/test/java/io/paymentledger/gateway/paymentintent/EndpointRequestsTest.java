package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.TestVaults;

import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.OffSession;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.paymentledger.gateway.web.RequestParamsTest.form;
import static io.paymentledger.gateway.web.RequestParamsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

class EndpointRequestsTest {

    private static final CardVault VAULT = TestVaults.vault();

    static final String ACCOUNT = "acct_alpha";
    static final String ID = "pi_1";

    @Nested
    class Update {

        UpdatePaymentIntent update(RequestParams params) {
            return PaymentIntentParams.update(params, ACCOUNT, ID, VAULT);
        }

        @Test
        void leavesEverythingAsItIsWhenNothingIsSent() {
            UpdatePaymentIntent command = update(form(""));

            assertThat(command.paymentIntentId()).isEqualTo(ID);
            assertThat(command.accountId()).isEqualTo(ACCOUNT);
            assertThat(command.patch()).isEqualTo(PaymentIntentPatchParams.none());
        }

        @Test
        void setsTheFieldsThatAreSent() {
            PaymentIntentPatch patch = update(form("amount=1500&currency=GBP&customer=cus_1&description=d"
                    + "&payment_method=pm_card_visa&payment_method_types[0]=card&receipt_email=a%40b.co"
                    + "&payment_method_options[card][request_three_d_secure]=any&setup_future_usage=on_session"
                    + "&statement_descriptor_suffix=A1&capture_method=automatic_async")).patch();

            assertThat(patch.paymentMethod().paymentMethod().processorReference()).isEqualTo("test:APPROVE");
            assertThat(patch).isEqualTo(new PaymentIntentPatch(1500L, "gbp", patch.paymentMethod(),
                new PaymentSettings(CaptureMethod.AUTOMATIC_ASYNC, null, List.of("card"),
                new PaymentMethodOptions("any"), null, SetupFutureUsage.ON_SESSION), new Descriptors("d", null, "A1",
                "a@b.co"), "cus_1", null, MetadataPatch.none(), Set.of()));
        }

        @Test
        void unsetsNullableFieldsSentEmpty() {
            PaymentIntentPatch patch = update(form("customer=&description=&payment_method=&receipt_email="
                    + "&setup_future_usage=&shipping=&statement_descriptor=&statement_descriptor_suffix=")).patch();

            assertThat(patch.unset()).isEqualTo(EnumSet.allOf(PatchField.class));
            assertThat(patch.customer()).isNull();
            assertThat(patch.paymentMethod()).isNull();
        }

        @Test
        void unsetsWithJsonNullsToo() {
            assertThat(update(json("{\"description\":null,\"payment_method\":null}")).patch().unset())
                    .containsExactlyInAnyOrder(PatchField.DESCRIPTION, PatchField.PAYMENT_METHOD);
        }

        @Test
        void mergesMetadataDeletingKeysSentEmpty() {
            PaymentIntentPatch patch = update(form("metadata[keep]=v&metadata[drop]=")).patch();

            Map<String, String> expected = new HashMap<>();
            expected.put("keep", "v");
            expected.put("drop", "");
            assertThat(patch.metadata().changes()).isEqualTo(expected);
            assertThat(patch.metadata().clear()).isFalse();
        }

        @Test
        void clearsMetadataSentEmpty() {
            PaymentIntentPatch patch = update(form("metadata=")).patch();

            assertThat(patch.metadata().clear()).isTrue();
            assertThat(patch.metadata().changes()).isNull();
        }

        @Test
        void tokenizesNewCardData() {
            PaymentIntentPatch patch = update(form("payment_method_data[type]=card"
                    + "&payment_method_data[card][number]=4000000000000002&payment_method_data[card][exp_month]=1"
                    + "&payment_method_data[card][exp_year]=2031&payment_method_data[card][cvc]=999")).patch();

            assertThat(patch.paymentMethod().paymentMethod().card()).extracting("last4", "expMonth", "expYear")
                    .containsExactly("0002", 1, 2031);
            assertThat(patch.paymentMethod().paymentMethod().processorReference()).isEqualTo("test:GENERIC_DECLINE");
        }
    }

    @Nested
    class Confirm {

        @Test
        void carriesTheAttemptOptionsAndThePatch() {
            ConfirmPaymentIntent command = PaymentIntentParams.confirm(form("payment_method=pm_card_visa"
                    + "&return_url=myapp%3A%2F%2Fdone&off_session=true&use_stripe_sdk=true&client_secret=pi_1_secret_x"
                    + "&expand[]=payment_method"), ACCOUNT, ID, VAULT);

            assertThat(command.options()).isEqualTo(new ConfirmOptions("myapp://done", OffSession.TRUE, false, true, null));
            assertThat(command.patch().paymentMethod().paymentMethod().processorReference()).isEqualTo("test:APPROVE");
        }

        @Test
        void alwaysHasOptionsEvenWithoutParameters() {
            assertThat(PaymentIntentParams.confirm(form(""), ACCOUNT, ID, VAULT).options())
                    .isEqualTo(new ConfirmOptions(null, null, false, false, null));
        }
    }

    @Nested
    class Capture {

        @Test
        void capturesTheGivenAmountAndMergesMetadata() {
            CapturePaymentIntent command = PaymentIntentParams.capture(
                    form("amount_to_capture=700&metadata[k]=v&final_capture=true&statement_descriptor_suffix=CAP"),
                    ACCOUNT, ID, VAULT);

            assertThat(command.amountToCapture()).isEqualTo(700L);
            assertThat(command.patch().metadata().changes()).isEqualTo(Map.of("k", "v"));
            assertThat(command.patch().descriptors().statementDescriptorSuffix()).isEqualTo("CAP");
        }

        @Test
        void capturesEverythingCapturableWithoutAnAmount() {
            CapturePaymentIntent command = PaymentIntentParams.capture(form(""), ACCOUNT, ID, VAULT);

            assertThat(command.amountToCapture()).isNull();
            assertThat(command.patch()).isEqualTo(PaymentIntentPatchParams.none());
        }
    }

    @Nested
    class Cancel {

        @Test
        void carriesTheCallersReason() {
            CancelPaymentIntent command = PaymentIntentParams.cancel(form("cancellation_reason=requested_by_customer"),
                    ACCOUNT, ID);

            assertThat(command).isEqualTo(new CancelPaymentIntent(ID, ACCOUNT, CancellationReason.REQUESTED_BY_CUSTOMER));
        }

        @Test
        void hasNoReasonWhenNoneOrAnEmptyOneIsGiven() {
            assertThat(PaymentIntentParams.cancel(form(""), ACCOUNT, ID).cancellationReason()).isNull();
            assertThat(PaymentIntentParams.cancel(form("cancellation_reason="), ACCOUNT, ID).cancellationReason())
                    .isNull();
        }
    }

    @Nested
    class Queries {

        @Test
        void listsTenNewestByDefault() {
            assertThat(PaymentIntentParams.list(RequestParams.fromQuery(null), ACCOUNT))
                    .isEqualTo(new ListPaymentIntents(ACCOUNT, null, null, null, null, null, 10, null, null));
        }

        @Test
        void readsEveryListFilter() {
            ListPaymentIntents query = PaymentIntentParams.list(RequestParams.fromQuery("limit=3&customer=cus_1"
                    + "&status=succeeded&currency=USD&metadata[order]=A-1&created[gt]=10&created[lte]=20"
                    + "&starting_after=pi_9&expand[]=data.latest_charge"), ACCOUNT);

            assertThat(query).isEqualTo(new ListPaymentIntents(ACCOUNT, "cus_1", PaymentIntentStatus.SUCCEEDED, "usd",
                    new CreatedRange(10L, null, null, 20L), Map.of("order", "A-1"), 3, "pi_9", null));
        }

        @Test
        void ignoresMetadataFilterKeysSentEmpty() {
            assertThat(PaymentIntentParams.list(RequestParams.fromQuery("metadata[a]=&metadata[b]=1"), ACCOUNT)
                    .metadata()).isEqualTo(Map.of("b", "1"));
            assertThat(PaymentIntentParams.list(RequestParams.fromQuery("metadata[a]="), ACCOUNT).metadata())
                    .isNull();
        }

        @Test
        void readsAnExactCreatedSecondAsAClosedRange() {
            assertThat(PaymentIntentParams.list(RequestParams.fromQuery("created=1700000000&ending_before=pi_2"),
                    ACCOUNT).created()).isEqualTo(new CreatedRange(null, 1700000000L, null, 1700000000L));
        }

        @Test
        void readsSearchParameters() {
            SearchPaymentIntents query = PaymentIntentParams.search(RequestParams.fromQuery(
                    "query=status%3A%27succeeded%27+AND+amount%3E1000&limit=100&page=abc"), ACCOUNT);

            assertThat(query).isEqualTo(new SearchPaymentIntents(ACCOUNT, "status:'succeeded' AND amount>1000", 100,
                    "abc", false));
            assertThat(PaymentIntentParams.search(RequestParams.fromQuery("query=amount%3E0&expand[]=total_count"),
                    ACCOUNT).totalCount()).isTrue();
        }

        @Test
        void readsRetrieveExpansionsAndPointInTime() {
            PaymentIntentRetrieveParams retrieve = PaymentIntentParams.retrieve(RequestParams.fromQuery(
                    "expand[0]=latest_charge&expand[1]=payment_method&as_of=1700000000&client_secret=s"));

            assertThat(retrieve.expansions()).isEqualTo(new Expansions(Set.of("latest_charge", "payment_method"), false));
            assertThat(retrieve.asOf()).isEqualTo(Instant.ofEpochSecond(1700000000L));
            assertThat(PaymentIntentParams.retrieveExpansions(RequestParams.fromQuery(null))).isEqualTo(Expansions.NONE);
        }

        @Test
        void stripsTheDataPrefixOfListExpansions() {
            Expansions expansions = PaymentIntentParams.expansions(RequestParams.fromQuery(
                    "expand[0]=data.payment_method&expand[1]=total_count"), true);

            assertThat(expansions.expands("payment_method")).isTrue();
            assertThat(expansions.expands("latest_charge")).isFalse();
            assertThat(expansions.totalCount()).isTrue();
        }
    }
}
