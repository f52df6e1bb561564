package bank.ledger.app.console.banking;

import bank.ledger.app.console.support.Dates;
import bank.ledger.app.console.support.Refusal;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.payments.PaymentInitiation;
import bank.ledger.connectors.payments.PaymentList;
import bank.ledger.connectors.payments.PaymentQueries;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.payment.api.PaymentStatus;
import bank.ledger.domain.refusal.TextRules;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Payments out (docs/payments.md): the list (oldest initiation first, 50 a page, optionally one status or
 * paying account), one payment with its status, parties and history, and the initiation of a credit
 * transfer through the same {@link PaymentInitiation} as {@code POST /api/v1/payments} (the hold, its
 * refusals pointed at the form's fields, the id as idempotency key: the form's id is made when it is shown,
 * so sending it twice initiates once).
 */
@Hidden
@Controller
@Profile("connectors")
class PaymentsPage {
    static final int PAGE_SIZE = 50;
    private final PaymentList list;
    private final PaymentQueries queries;
    private final PaymentInitiation initiation;

    PaymentsPage(PaymentList list, PaymentQueries queries, PaymentInitiation initiation) {
        this.list = list;
        this.queries = queries;
        this.initiation = initiation;
    }

    @GetMapping("/console/payments")
    String payments(@RequestParam(required = false) String status, @RequestParam(required = false) String accountId,
                    @RequestParam(required = false) String after, Model model) {
        String statusAsked = Forms.blankToNull(status, "status", 20);
        String account = Forms.blankToNull(accountId, "accountId", 200);
        String cursor = Forms.blankToNull(after, "after", 300);
        model.addAttribute("page", list.list(statusAsked, account, cursor, PAGE_SIZE));
        model.addAttribute("status", statusAsked);
        model.addAttribute("accountId", account);
        model.addAttribute("statuses", PaymentStatus.values());
        model.addAttribute("first", cursor == null);
        return "console/banking/payments";
    }

    @GetMapping("/console/payments/{id}")
    String payment(@PathVariable String id, Model model) {
        TextRules.requireId(id, "id");
        model.addAttribute("payment", queries.payment(id));
        return "console/banking/payment";
    }

    @GetMapping("/console/payments/new")
    String form(Model model) {
        model.addAttribute("form", PaymentForm.fresh());
        return "console/banking/payment-new";
    }

    @PostMapping("/console/payments")
    String initiate(@ModelAttribute("form") PaymentForm form, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        try {
            PaymentState state = initiation.initiate(form.request(), CommandOrigin.from(request));
            return "redirect:/console/payments/" + state.paymentId();
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            response.setStatus(refusal.formStatus());
            model.addAttribute("refusal", refusal);
            return "console/banking/payment-new";
        }
    }

    /** The initiation form as the browser sends it: every field text, checked by the initiation as the API's are. */
    record PaymentForm(String id, String accountId, String amount, String currency, String debtorName,
                       String debtorIban, String debtorBic, String creditorName, String creditorIban,
                       String creditorBic, String requestedExecutionDate, String remittanceInformation,
                       String endToEndId) {
        static PaymentForm fresh() {
            return new PaymentForm("pay-" + UUID.randomUUID(), "", "", "", "", "", "", "", "", "",
                    Dates.today().toString(), "", "");
        }

        PaymentInitiation.Request request() {
            return new PaymentInitiation.Request(blank(id), blank(accountId), blank(amount), upper(currency),
                    new Party(blank(debtorName), upper(debtorIban), upper(debtorBic)),
                    new Party(blank(creditorName), upper(creditorIban), upper(creditorBic)),
                    Dates.optional(requestedExecutionDate, "requestedExecutionDate"), blank(remittanceInformation),
                    endToEnd());
        }

        /**
         * The bank's end-to-end id, or when left blank one made from the payment's id (32 hex digits, within
         * ISO's 35): the same id makes the same one, so sending the form again is still the same request.
         */
        private String endToEnd() {
            String given = blank(endToEndId);
            if (given != null || blank(id) == null) {
                return given;
            }
            return UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "");
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        /** IBANs and BICs as people type them (lower case, groups of four): the API's form, upper case, no spaces. */
        private static String upper(String text) {
            String value = blank(text);
            return value == null ? null : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        }
    }
}
