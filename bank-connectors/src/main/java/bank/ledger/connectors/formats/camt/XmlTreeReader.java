package bank.ledger.connectors.formats.camt;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into {@link XmlNode}s with StAX, within bounds. DTDs and external entities are off: bank
 * files arrive from outside, and an XXE or entity-expansion payload must fail, not be resolved. When
 * the XML breaks off or breaks down, or passes a bound, the elements read so far are kept (unclosed
 * ones marked) together with where and why reading stopped, so complete statements before it still count.
 */
public final class XmlTreeReader {
    static final int MAX_DEPTH = 100;
    static final int MAX_TEXT = 10_000;
    private final XMLInputFactory factory;
    private final long maxElements;
    private final int lineOffset;

    /** What was read: the document element (null when none started), and why reading stopped early. */
    public record Tree(XmlNode root, Stop stop, List<Integer> textCutLines) {
    }

    /** Why reading stopped: broken XML, bytes not in the encoding, a DTD (refused outright), or a bound. */
    public enum Kind { SYNTAX, ENCODING, DOCTYPE, LIMIT }

    /** Where reading stopped before the end, and why. */
    public record Stop(int line, String reason, Kind kind) {
        public boolean encoding() {
            return kind == Kind.ENCODING;
        }

        public boolean doctype() {
            return kind == Kind.DOCTYPE;
        }
    }

    /** @param lineOffset lines of the file before the bytes given to the reader (skipped text) */
    public XmlTreeReader(long maxElements, int lineOffset) {
        this.maxElements = maxElements;
        this.lineOffset = lineOffset;
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    public Tree read(InputStream in) {
        try {
            return build(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            return new Tree(null, stop(e), List.of());
        }
    }

    public Tree read(Reader in) {
        try {
            return build(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            return new Tree(null, stop(e), List.of());
        }
    }

    private Tree build(XMLStreamReader reader) {
        Deque<XmlNode> open = new ArrayDeque<>();
        List<Integer> cut = new ArrayList<>();
        XmlNode root = null;
        long elements = 0;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++elements > maxElements || open.size() >= MAX_DEPTH) {
                        String why = elements > maxElements ? "more than " + maxElements + " XML elements"
                                : "elements nested deeper than " + MAX_DEPTH;
                        return new Tree(root, new Stop(line(reader), why, Kind.LIMIT), cut);
                    }
                    XmlNode node = new XmlNode(reader.getNamespaceURI(), reader.getLocalName(), line(reader),
                            attributes(reader));
                    if (open.isEmpty() && root == null) {
                        root = node;
                    } else if (!open.isEmpty()) {
                        open.peek().addChild(node);
                    }
                    open.push(node);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop().close();
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty()) {
                    if (!open.peek().appendText(reader.getText(), MAX_TEXT) && (cut.isEmpty()
                            || cut.get(cut.size() - 1) != open.peek().line())) {
                        cut.add(open.peek().line());
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    return new Tree(root, new Stop(line(reader), "document type declarations are not accepted",
                            Kind.DOCTYPE), cut);
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return new Tree(root, new Stop(line(reader), "entity reference &" + reader.getLocalName()
                            + "; is not declared (DTDs are not accepted)", Kind.DOCTYPE), cut);
                }
            }
            return new Tree(root, root == null ? new Stop(0, "no XML element found", Kind.SYNTAX) : null, cut);
        } catch (XMLStreamException | RuntimeException e) {
            return new Tree(root, stop(e), cut);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the in-memory input
            }
        }
    }

    private int line(XMLStreamReader reader) {
        return Math.max(reader.getLocation().getLineNumber(), 0) + lineOffset;
    }

    private Stop stop(Exception e) {
        int line = 0;
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            line = Math.max(x.getLocation().getLineNumber(), 0) + lineOffset;
        }
        boolean encoding = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            encoding |= t instanceof java.io.CharConversionException
                    || t instanceof java.io.UnsupportedEncodingException;
            if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
                encoding |= x.getNestedException() instanceof java.io.CharConversionException
                        || x.getNestedException() instanceof java.io.UnsupportedEncodingException;
            }
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = text.indexOf("Message: ");
        text = marker >= 0 ? text.substring(marker + 9) : text;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        encoding |= lower.contains("encoding") || lower.contains("byte") && lower.contains("utf-8");
        boolean doctype = lower.contains("doctype");
        return new Stop(line, text.strip(), doctype ? Kind.DOCTYPE : encoding ? Kind.ENCODING : Kind.SYNTAX);
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }
}
