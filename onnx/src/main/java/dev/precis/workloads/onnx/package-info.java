/**
 * ONNX models as workloads. {@link dev.precis.workloads.onnx.OnnxImporter} reads a model with
 * protobuf-java and the ONNX schema (compiled at build time from {@code src/main/proto/onnx.proto}),
 * infers the static shapes of its values for the supported operators, and maps each convolution,
 * {@code Gemm} and {@code MatMul} node to a layer of the workloads zoo ({@link
 * dev.precis.workloads.onnx.ImportedModel}), with the weights taken from the initializers.
 * {@link dev.precis.workloads.onnx.ActivationCapture} runs the model with ONNX Runtime on given
 * inputs ({@link dev.precis.workloads.onnx.ModelInputs}: a {@code .npy} file or seeded synthetic
 * samples), exposing every intermediate value as a graph output, so that {@link
 * dev.precis.workloads.onnx.OnnxOperandSource} hands the quantizers of {@code tracegen} real
 * activations. {@link dev.precis.workloads.onnx.ShippedModels} names the pretrained model that ships
 * with Precis and checks its checksum. Depends on workloads only, never on the kernel.
 */
package dev.precis.workloads.onnx;
