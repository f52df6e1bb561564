package bank.ledger.app.chaos;

/** Something the harness sends requests to: a ledger instance, or the gateway in front of several. */
interface Endpoint {
    String name();

    String baseUrl();
}
