// Running a library kernel on a TF.js backend's own memory. A kernel is planned from its input
// shapes (output shapes plus a compute step over Float32Arrays); each backend then supplies the
// arrays:
// - cpu: the Float32Arrays tfjs-backend-cpu stores (data.get(id).values), and new Float32Arrays
//   it adopts as outputs through write(), which keeps the array it is given: no copy either way.
// - wasm: Float32Array views on the module's heap, inputs and outputs allocated by the backend
//   (makeOutput, typedArrayFromHeap, the calls its own JavaScript kernels use): no copy either.
//   Outputs are allocated before any view is taken, since an allocation may grow the heap and
//   detach earlier views; the library kernels allocate nothing on that heap.
// - any other backend (webgl, webgpu, custom): readSync() of each input and write() of each
//   output, i.e. a blocking download and an upload per call. This keeps rectified's numerics bit
//   for bit on every backend, which a composition of TF.js ops cannot (GPU exp, log and division
//   are not correctly rounded, so the stable formulas would still differ by backend); the price
//   is a GPU pipeline stall, so on GPU backends these ops suit post-processing and small models
//   rather than large training runs. WebGPU refuses readSync for GPU-resident data, and then its
//   own error is raised.
import type { DataId, DataType, TensorInfo } from '@tensorflow/tfjs-core';

export interface Plan {
  /** the output shapes, in order */
  outputs: readonly (readonly number[])[];
  /** fills `outputs` (fresh arrays, contents unspecified) from `inputs`, both in kernel order */
  compute(inputs: readonly Float32Array[], outputs: readonly Float32Array[]): void;
}

export type Strategy = 'cpu' | 'wasm' | 'readBack';

export function strategyFor(backendName: string): Strategy {
  return backendName === 'cpu' ? 'cpu' : backendName === 'wasm' ? 'wasm' : 'readBack';
}

interface HostBackend {
  readSync(dataId: DataId): unknown;
  write(values: Float32Array, shape: number[], dtype: DataType): DataId;
}
interface CpuBackend extends HostBackend {
  data: { get(dataId: DataId): { values?: unknown } | undefined };
}
interface WasmBackend {
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  typedArrayFromHeap(t: TensorInfo): unknown;
  disposeData(dataId: DataId): unknown;
}

const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

function asFloat32(values: unknown, what: string): Float32Array {
  if (!(values instanceof Float32Array)) throw new TypeError(`rectified/tfjs: the backend returned no Float32Array for ${what}`);
  return values;
}

function hasMethods<T>(backend: unknown, names: readonly string[]): backend is T {
  return (
    typeof backend === 'object' && backend !== null && names.every((n) => typeof (backend as Record<string, unknown>)[n] === 'function')
  );
}

function runOnHost(backend: HostBackend, inputs: readonly TensorInfo[], plan: Plan, read: (t: TensorInfo) => unknown): TensorInfo[] {
  const xs = inputs.map((t, i) => asFloat32(read(t), `input ${i}`));
  const outs = plan.outputs.map((s) => new Float32Array(size(s)));
  plan.compute(xs, outs);
  return outs.map((o, i) => ({ dataId: backend.write(o, [...plan.outputs[i]], 'float32'), shape: [...plan.outputs[i]], dtype: 'float32' }));
}

function runOnWasm(backend: WasmBackend, inputs: readonly TensorInfo[], plan: Plan): TensorInfo[] {
  const outs = plan.outputs.map((s) => backend.makeOutput([...s], 'float32'));
  try {
    const xs = inputs.map((t, i) => asFloat32(backend.typedArrayFromHeap(t), `input ${i}`));
    plan.compute(
      xs,
      outs.map((o, i) => asFloat32(backend.typedArrayFromHeap(o), `output ${i}`)),
    );
  } catch (e) {
    for (const o of outs) backend.disposeData(o.dataId);
    throw e;
  }
  return outs;
}

/** Runs `plan` on `backend` (the object TF.js hands a kernel) with the strategy of its name. */
export function runPlan(strategy: Strategy, backend: unknown, inputs: readonly TensorInfo[], plan: Plan): TensorInfo[] {
  if (strategy === 'wasm' && hasMethods<WasmBackend>(backend, ['makeOutput', 'typedArrayFromHeap', 'disposeData']))
    return runOnWasm(backend, inputs, plan);
  if (!hasMethods<HostBackend>(backend, ['readSync', 'write']))
    throw new TypeError('rectified/tfjs: the backend has neither readSync nor write');
  if (strategy === 'cpu' && 'data' in backend) {
    const cpu = backend as CpuBackend;
    return runOnHost(cpu, inputs, plan, (t) => cpu.data.get(t.dataId)?.values);
  }
  return runOnHost(backend, inputs, plan, (t) => backend.readSync(t.dataId));
}
