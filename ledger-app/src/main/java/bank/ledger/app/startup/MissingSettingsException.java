package bank.ledger.app.startup;

import java.util.List;

/** The start-up stops: these settings are missing or unusable, one line each (naming the setting and a fix). */
public class MissingSettingsException extends IllegalStateException {
    private final List<String> settings;

    MissingSettingsException(List<String> settings) {
        super("missing settings: " + String.join("; ", settings));
        this.settings = List.copyOf(settings);
    }

    public List<String> settings() {
        return settings;
    }
}
