package io.paymentledger.gateway.device;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.ResourceNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The account's simulated terminals (docs/api.md §19.3), in the resource-name API's spelling. */
@RestController
@Tag(name = "Resource-name API")
class DeviceController {

    private final Devices devices;
    private final RequestBodies bodies;

    DeviceController(Devices devices, RequestBodies bodies) {
        this.devices = devices;
        this.bodies = bodies;
    }

    @GetMapping("/v1/accounts/{account}/devices")
    @Operation(summary = "List the account's devices (resource-name API)", description = "The simulated "
            + "terminals of test mode: one approves, one declines, one times out.")
    ResponseEntity<Object> list(@PathVariable String account, @Parameter(hidden = true) Caller caller,
                                HttpServletRequest request) {
        ResourceNames.requireOwnAccount(account, caller.accountId());
        ParamReader.of(bodies.read(request)).allowOnly(Set.of());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("devices", devices.all().stream().map(device -> device(account, device)).toList());
        json.put("next_page_token", null);
        return ApiResponses.ok(json);
    }

    private static Map<String, Object> device(String account, TestDevice device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", ResourceNames.of(account, ResourceNames.DEVICES, device.id()));
        json.put("display_name", device.displayName());
        json.put("device_type", "SIMULATED");
        json.put("behavior", device.behavior());
        json.put("status", "ONLINE");
        return json;
    }
}
