package dev.precis.workloads.onnx;

/**
 * A damaged or unsupported ONNX model: the message is one line naming the file and, where one is to
 * blame, the node and its operator ({@code model.onnx: node conv1 (Conv): ...}).
 */
public final class OnnxFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public OnnxFormatException(String source, String problem) {
        super(source + ": " + problem);
    }

    public OnnxFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }

    /** A problem with one node: {@code SOURCE: node NAME (OP): PROBLEM}. */
    static OnnxFormatException atNode(String source, String node, String op, String problem) {
        return new OnnxFormatException(source, "node " + node + " (" + op + "): " + problem);
    }
}
