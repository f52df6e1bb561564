package bank.ledger.connectors.camt;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into {@link XmlNode}s with StAX. DTDs and external entities are off: bank files arrive
 * from outside, and an XXE or entity-expansion payload must fail, not be resolved.
 */
public final class XmlTreeReader {
    private final XMLInputFactory factory;

    public XmlTreeReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The document element. Throws with the parser's line on malformed XML. */
    public XmlNode read(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            return build(reader);
        } finally {
            reader.close();
        }
    }

    private static XmlNode build(XMLStreamReader reader) throws XMLStreamException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                XmlNode node = new XmlNode(reader.getNamespaceURI(), reader.getLocalName(),
                        reader.getLocation().getLineNumber(), attributes(reader));
                if (open.isEmpty()) {
                    root = node;
                } else {
                    open.peek().addChild(node);
                }
                open.push(node);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !open.isEmpty()) {
                open.peek().appendText(reader.getText());
            } else if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("document type declarations are not accepted", reader.getLocation());
            }
        }
        if (root == null) {
            throw new XMLStreamException("no XML element found");
        }
        return root;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }
}
