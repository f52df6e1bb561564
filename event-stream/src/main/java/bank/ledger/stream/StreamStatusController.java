package bank.ledger.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stream's head and how far behind it each channel is (positions known on the node holding them). */
@RestController
@Profile("projections")
public class StreamStatusController {
    private final StreamHead head;
    private final StreamProgress progress;

    public StreamStatusController(StreamHead head, StreamProgress progress) {
        this.head = head;
        this.progress = progress;
    }

    @GetMapping("/api/v1/stream")
    public Map<String, Object> status() {
        long headPosition = head.position();
        List<Map<String, Object>> processors = StreamProcessors.ALL.stream().map(name -> {
            OptionalLong position = progress.position(name);
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("name", name);
            processor.put("position", position.isPresent() ? position.getAsLong() : null);
            processor.put("lag", position.isPresent() ? Math.max(0, headPosition - position.getAsLong()) : null);
            return processor;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headPosition", headPosition);
        body.put("processors", processors);
        return body;
    }
}
