package bank.ledger.connectors.formats.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A minimal element tree that remembers the line each element starts on, which the JDK's DOM does
 * not: every camt warning must name its line. An element the reader could not finish (the file broke
 * off or broke down inside it) is not {@link #closed()}.
 */
public final class XmlNode {
    private static final List<XmlNode> NONE = List.of();
    private final String namespace;
    private final String name;
    private final int line;
    private final Map<String, String> attributes;
    private List<XmlNode> children = NONE;
    private StringBuilder text;
    private boolean closed;

    XmlNode(String namespace, String name, int line, Map<String, String> attributes) {
        this.namespace = namespace == null ? "" : namespace;
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

    public boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    public String attribute(String localName) {
        return attributes.get(localName);
    }

    public String text() {
        return text == null ? "" : text.toString().strip();
    }

    /** Appends up to {@code max} characters in all; returns false when text had to be cut. */
    boolean appendText(String chars, int max) {
        if (text == null) {
            if (chars.isBlank()) {
                return true; // indentation between elements
            }
            text = new StringBuilder();
        }
        int room = max - text.length();
        text.append(chars, 0, Math.max(0, Math.min(room, chars.length())));
        return chars.length() <= room;
    }

    void addChild(XmlNode child) {
        if (children == NONE) {
            children = new ArrayList<>(4);
        }
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

    /** The first element found among alternative paths, or null. */
    public XmlNode firstOf(String[]... paths) {
        for (String[] path : paths) {
            XmlNode node = find(path);
            if (node != null) {
                return node;
            }
        }
        return null;
    }

    /** All descendants with the given local name, in document order (iterative: trees can be deep). */
    public List<XmlNode> descendants(String localName) {
        List<XmlNode> found = new ArrayList<>();
        java.util.ArrayDeque<XmlNode> todo = new java.util.ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            XmlNode node = todo.pop();
            if (node != this && node.name.equals(localName)) {
                found.add(node);
            }
            for (int i = node.children.size() - 1; i >= 0; i--) {
                todo.push(node.children.get(i));
            }
        }
        return found;
    }
}
