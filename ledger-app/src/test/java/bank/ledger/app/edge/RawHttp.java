package bank.ledger.app.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * HTTP/1.1 by hand, for what a well-behaved client cannot send: a declared length far above what is
 * sent, a chunked body the test streams piece by piece. Answers the status line, headers and body
 * the server sent before it closed the connection.
 */
final class RawHttp {
    private RawHttp() {
    }

    record Answer(int status, String head, String body) {
    }

    /** Sends the head, then lets {@code body} write to the socket; reads the answer (60 s at most). */
    static Answer exchange(int port, String method, String path, Map<String, String> headers,
                           Consumer<OutputStream> body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                body.accept(out);
                out.flush();
            } catch (RuntimeException closedByServer) {
                // the server refused and closed while the body was still being sent: read its answer
            }
            return read(socket.getInputStream());
        }
    }

    /** Writes {@code bytes} filler bytes as one chunk of a chunked body (without the terminating chunk). */
    static void chunk(OutputStream out, int bytes) {
        try {
            out.write((Integer.toHexString(bytes) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[bytes]);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void bytes(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
                if (complete(all.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketException resetAfterAnswer) {
            // a reset after the answer arrived (the unread rest of our body) does not matter
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no HTTP answer, got: " + text);
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
    }

    /** A whole answer: head and as many body bytes as Content-Length says (answers here are ASCII JSON). */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
        }
        int lineEnd = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, lineEnd < 0 ? head.length() : lineEnd).trim());
        return text.length() - end - 4 >= length;
    }
}
