package dev.precis.workloads.onnx;

/**
 * A pretrained ONNX model that ships inside Precis (a classpath resource), with where it came from and
 * the SHA-256 of the file as taken from its package: {@link ShippedModels#load} refuses a file whose
 * checksum differs.
 *
 * @param name what {@code --onnx} calls it
 * @param resource the classpath resource
 * @param sha256 the file's SHA-256, lower-case hex
 * @param origin the registry package the file was taken from, and its licence
 */
public record ShippedModel(String name, String resource, String sha256, String origin) {
}
