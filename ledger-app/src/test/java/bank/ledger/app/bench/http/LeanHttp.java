package bank.ledger.app.bench.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's HTTP/1.1 client: one kept-alive blocking socket per client thread and server, requests written
 * as bytes, answers read by Content-Length or chunks. Why not the JDK's HttpClient: on this 2-core machine the
 * load generator shares the cores with the ledger, and the JDK client's asynchronous machinery cost about three
 * times the ledger's own work on a light request (docs/benchmarks.md, "The load generator's share"): the figures
 * measured the client. A connection the server closed while idle is opened again and the request sent once more
 * (the ledger's writes are idempotent by their ids, so a repeat is answered as a replay, never a second entry).
 */
final class LeanHttp {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int HEADER_BYTES_MAX = 64 * 1024;
    private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private LeanHttp() {
    }

    /** {@code body} null: a GET; else a POST of JSON. {@code authHeader} null: no credential. */
    static BenchHttp.Answer send(String baseUrl, String path, String body, String authHeader, String authValue)
            throws IOException {
        URI base = URI.create(baseUrl);
        String hostPort = base.getHost() + ":" + (base.getPort() < 0 ? 80 : base.getPort());
        byte[] request = request(hostPort, path, body, authHeader, authValue);
        Map<String, Connection> mine = CONNECTIONS.get();
        Connection connection = mine.remove(hostPort);
        boolean reused = connection != null;
        Exchanged exchanged;
        try {
            exchanged = (reused ? connection : Connection.open(base)).exchange(request);
        } catch (IOException broken) {
            closeQuietly(connection);
            if (!reused) {
                throw broken;
            }
            exchanged = Connection.open(base).exchange(request); // closed while idle: once more, on a new one
        }
        if (exchanged.kept() != null) {
            mine.put(hostPort, exchanged.kept());
        }
        return exchanged.answer();
    }

    /** An answer, and the connection when it stays open for the next request (else null: closed). */
    private record Exchanged(BenchHttp.Answer answer, Connection kept) {
    }

    private static byte[] request(String hostPort, String path, String body, String authHeader, String authValue) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(content == null ? "GET " : "POST ").append(path)
                .append(" HTTP/1.1\r\nHost: ").append(hostPort).append("\r\nAccept: application/json\r\n");
        if (authHeader != null) {
            head.append(authHeader).append(": ").append(authValue).append("\r\n");
        }
        if (content != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.socket.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
    }

    private record Connection(Socket socket, OutputStream out, InputStream in) {
        static Connection open(URI base) throws IOException {
            String host = base.getHost();
            int port = base.getPort();
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port < 0 ? 80 : port), CONNECT_TIMEOUT_MS);
            return new Connection(socket, socket.getOutputStream(), new BufferedInputStream(socket.getInputStream(),
                    16 * 1024));
        }

        Exchanged exchange(byte[] request) throws IOException {
            try {
                return exchangeOnce(request);
            } catch (IOException | RuntimeException failed) {
                socket.close();
                throw failed instanceof IOException io ? io : new IOException(failed);
            }
        }

        private Exchanged exchangeOnce(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed before an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + BenchHttp.abbreviate(statusLine));
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            int headerBytes = 0;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                headerBytes += header.length();
                if (headerBytes > HEADER_BYTES_MAX) {
                    throw new IOException("answer headers over " + HEADER_BYTES_MAX + " bytes");
                }
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            String body = chunked ? chunks() : length >= 0 ? exactly(length) : untilClosed();
            if (close || (!chunked && length < 0)) {
                socket.close(); // the next request opens a new one
                return new Exchanged(new BenchHttp.Answer(status, body), null);
            }
            return new Exchanged(new BenchHttp.Answer(status, body), this);
        }

        private String chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                if (size == null) {
                    throw new IOException("connection closed inside a chunked answer");
                }
                int semicolon = size.indexOf(';');
                long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (length == 0) {
                    for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                        // trailers: none expected, skipped
                    }
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(in.readNBytes(Math.toIntExact(length)));
                line(); // the CRLF after each chunk
            }
        }

        private String exactly(long length) throws IOException {
            byte[] bytes = in.readNBytes(Math.toIntExact(length));
            if (bytes.length < length) {
                throw new IOException("connection closed after " + bytes.length + " of " + length + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private String untilClosed() throws IOException {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        /** One CRLF-ended line of the head, without its end; null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
                if (line.length() > HEADER_BYTES_MAX) {
                    throw new IOException("answer line over " + HEADER_BYTES_MAX + " bytes");
                }
            }
            return line.length() == 0 ? null : line.toString();
        }
    }
}
