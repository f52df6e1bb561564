package bank.ledger.connectors.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A minimal element tree that remembers the line each element starts on, which the JDK's DOM does
 * not: every camt error must name its line.
 */
public final class XmlNode {
    private final String namespace;
    private final String name;
    private final int line;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String namespace, String name, int line, Map<String, String> attributes) {
        this.namespace = namespace;
        this.name = name;
        this.line = line;
        this.attributes = attributes;
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public String attribute(String localName) {
        return attributes.get(localName);
    }

    public String text() {
        return text.toString().strip();
    }

    void appendText(String chars) {
        text.append(chars);
    }

    void addChild(XmlNode child) {
        children.add(child);
    }

    public List<XmlNode> children() {
        return children;
    }

    public List<XmlNode> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The first element along the path of local names, or null. */
    public XmlNode find(String... path) {
        XmlNode node = this;
        for (String step : path) {
            XmlNode next = null;
            for (XmlNode child : node.children) {
                if (child.name.equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    /** Text at the path, or null when absent or empty. */
    public String text(String... path) {
        XmlNode node = find(path);
        if (node == null) {
            return null;
        }
        String value = node.text();
        return value.isEmpty() ? null : value;
    }

    /** The first text found among alternative paths: versions renamed elements (BIC to BICFI...). */
    public String firstText(String[]... paths) {
        for (String[] path : paths) {
            String value = text(path);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** All descendants with the given local name, in document order. */
    public List<XmlNode> descendants(String localName) {
        List<XmlNode> found = new ArrayList<>();
        collect(localName, found);
        return found;
    }

    private void collect(String localName, List<XmlNode> found) {
        for (XmlNode child : children) {
            if (child.name.equals(localName)) {
                found.add(child);
            }
            child.collect(localName, found);
        }
    }
}
