// ==== [qlm:vulkan] the Vulkan compute backend =============================================
// Runs the decode step on any Vulkan 1.1 device: a GPU, or Mesa's lavapipe on the CPU (which
// is how CI tests it). Nothing here needs the Vulkan SDK: the loader (libvulkan.so.1,
// vulkan-1.dll) is opened at run time, every entry point is fetched through
// vkGetInstanceProcAddr, and the few types below are declared by hand.
//
// Design, per context (docs/VULKAN.md has the numbers):
//   - device: the best one (discrete > integrated > virtual > CPU), or params.device;
//   - weights, norms, a RoPE cos/sin table and the KV cache live in device-local buffers;
//     weights keep their GGUF block layout and the GEMV shaders decode it (every format);
//     the KV cache keeps the host kv_cache's parts and rows byte for byte (F16, or
//     INT8/INT4/INT2 rows with F16 sinks and window ring; no rotation, Hadamard, or the
//     calibrated matrices), so shift and save/restore move it through the host unchanged;
//   - the whole token step (every layer, 9 dispatches each) is recorded once into
//     a command buffer; per token the host writes the embedding row and the position into
//     a small host-visible buffer, submits, and waits. Prefill runs that one token at a time
//     (measured on lavapipe: the submit and wait are 0.02 ms of a 0.5-1 s token); where
//     the runtime needs only the greedy pick, the step ends with an argmax on the device
//     and 4 bytes come back instead of the vocabulary's logits;
//   - shaders with workgroup reductions exist twice in src/gen/spirv.inc: with subgroup
//     reductions (used when the device has subgroup arithmetic in compute) and with
//     shared-memory ones.
// Matrix products take F32 activations, where the CPU quantizes them to 8 bits first; that
// is the main difference between the two backends' logits (tests/test_vulkan.cpp).
#ifndef QLM_VULKAN_H
#define QLM_VULKAN_H
#include "backend.h"
#include "model.h"

#if !defined(QLM_NO_VULKAN) && (defined(__unix__) || defined(__APPLE__) || defined(_WIN32))
#define QLM_HAS_VULKAN 1
#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#define QLMI_VKAPI __stdcall
#else
#include <dlfcn.h>
#define QLMI_VKAPI
#endif
#endif

namespace qlm_detail {

#if defined(QLM_HAS_VULKAN)
#include "gen/spirv.inc"

// ---- the subset of vulkan_core.h this backend uses ----------------------------------------
// Declared here so that compiling quantlm.h never needs Vulkan headers. Layouts and values
// are those of the Vulkan 1.1 specification; only what the calls below touch is declared.
namespace vk {
typedef struct Instance_T* Instance;
typedef struct PhysicalDevice_T* PhysicalDevice;
typedef struct Device_T* Device;
typedef struct Queue_T* Queue;
typedef struct CommandBuffer_T* CommandBuffer;
typedef uint64_t Buffer, DeviceMemory, ShaderModule, Pipeline, PipelineLayout, DescriptorSetLayout,
    DescriptorPool, DescriptorSet, CommandPool, Fence, PipelineCache;
typedef uint32_t Flags, Bool32;
typedef uint64_t DeviceSize;
typedef int32_t Result;
typedef void (QLMI_VKAPI* VoidFunction)(void);

enum : uint32_t {
    ST_APPLICATION_INFO = 0, ST_INSTANCE_CREATE_INFO = 1, ST_DEVICE_QUEUE_CREATE_INFO = 2,
    ST_DEVICE_CREATE_INFO = 3, ST_SUBMIT_INFO = 4, ST_MEMORY_ALLOCATE_INFO = 5, ST_FENCE_CREATE_INFO = 8,
    ST_BUFFER_CREATE_INFO = 12, ST_SHADER_MODULE_CREATE_INFO = 16, ST_PIPELINE_SHADER_STAGE_CREATE_INFO = 18,
    ST_COMPUTE_PIPELINE_CREATE_INFO = 29, ST_PIPELINE_LAYOUT_CREATE_INFO = 30,
    ST_DESCRIPTOR_SET_LAYOUT_CREATE_INFO = 32, ST_DESCRIPTOR_POOL_CREATE_INFO = 33,
    ST_DESCRIPTOR_SET_ALLOCATE_INFO = 34, ST_WRITE_DESCRIPTOR_SET = 35, ST_COMMAND_POOL_CREATE_INFO = 39,
    ST_COMMAND_BUFFER_ALLOCATE_INFO = 40, ST_COMMAND_BUFFER_BEGIN_INFO = 42, ST_MEMORY_BARRIER = 46,
    ST_PHYSICAL_DEVICE_PROPERTIES_2 = 1000059001, ST_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES = 1000094000,
};
enum : uint32_t {
    API_1_1 = (1u << 22) | (1u << 12),
    QUEUE_COMPUTE = 0x2,
    MEM_DEVICE_LOCAL = 0x1, MEM_HOST_VISIBLE = 0x2, MEM_HOST_COHERENT = 0x4,
    BUF_TRANSFER_SRC = 0x1, BUF_TRANSFER_DST = 0x2, BUF_STORAGE = 0x20,
    DESC_STORAGE_BUFFER = 7, STAGE_COMPUTE = 0x20, BIND_COMPUTE = 1, CMD_LEVEL_PRIMARY = 0,
    PIPE_STAGE_TRANSFER = 0x1000, PIPE_STAGE_COMPUTE = 0x800, PIPE_STAGE_HOST = 0x4000,
    ACCESS_SHADER_READ = 0x20, ACCESS_SHADER_WRITE = 0x40, ACCESS_TRANSFER_READ = 0x800,
    ACCESS_TRANSFER_WRITE = 0x1000, ACCESS_HOST_READ = 0x2000,
    SUBGROUP_BASIC = 0x1, SUBGROUP_ARITHMETIC = 0x4,
    DEVICE_OTHER = 0, DEVICE_INTEGRATED = 1, DEVICE_DISCRETE = 2, DEVICE_VIRTUAL = 3, DEVICE_CPU = 4,
};

struct ApplicationInfo {
    uint32_t sType; const void* pNext; const char* pApplicationName; uint32_t applicationVersion;
    const char* pEngineName; uint32_t engineVersion; uint32_t apiVersion;
};
struct InstanceCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; const ApplicationInfo* pApplicationInfo;
    uint32_t enabledLayerCount; const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount; const char* const* ppEnabledExtensionNames;
};
// Only the head of VkPhysicalDeviceProperties is named: the rest (the 500-byte limits
// struct, of which we read maxStorageBufferRange, its 8th word) is room for the driver.
struct PhysicalDeviceProperties {
    uint32_t apiVersion, driverVersion, vendorID, deviceID, deviceType;
    char deviceName[256];
    uint8_t pipelineCacheUUID[16];
    alignas(8) uint32_t limits_head[8]; // ..., maxUniformBufferRange, maxStorageBufferRange
    uint8_t rest[1024];
};
struct PhysicalDeviceProperties2 { uint32_t sType; void* pNext; PhysicalDeviceProperties properties; };
struct PhysicalDeviceSubgroupProperties {
    uint32_t sType; void* pNext; uint32_t subgroupSize; Flags supportedStages, supportedOperations;
    Bool32 quadOperationsInAllStages;
};
struct QueueFamilyProperties { Flags queueFlags; uint32_t queueCount, timestampValidBits, granularity[3]; };
struct MemoryType { Flags propertyFlags; uint32_t heapIndex; };
struct MemoryHeap { DeviceSize size; Flags flags; };
struct PhysicalDeviceMemoryProperties {
    uint32_t memoryTypeCount; MemoryType memoryTypes[32]; uint32_t memoryHeapCount; MemoryHeap memoryHeaps[16];
};
struct DeviceQueueCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex, queueCount;
    const float* pQueuePriorities;
};
struct DeviceCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t queueCreateInfoCount;
    const DeviceQueueCreateInfo* pQueueCreateInfos; uint32_t enabledLayerCount;
    const char* const* ppEnabledLayerNames; uint32_t enabledExtensionCount;
    const char* const* ppEnabledExtensionNames; const void* pEnabledFeatures;
};
struct BufferCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; DeviceSize size; Flags usage; uint32_t sharingMode;
    uint32_t queueFamilyIndexCount; const uint32_t* pQueueFamilyIndices;
};
struct MemoryRequirements { DeviceSize size, alignment; uint32_t memoryTypeBits; };
struct MemoryAllocateInfo { uint32_t sType; const void* pNext; DeviceSize allocationSize; uint32_t memoryTypeIndex; };
struct ShaderModuleCreateInfo { uint32_t sType; const void* pNext; Flags flags; size_t codeSize; const uint32_t* pCode; };
struct DescriptorSetLayoutBinding {
    uint32_t binding, descriptorType, descriptorCount; Flags stageFlags; const void* pImmutableSamplers;
};
struct DescriptorSetLayoutCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t bindingCount; const DescriptorSetLayoutBinding* pBindings;
};
struct PushConstantRange { Flags stageFlags; uint32_t offset, size; };
struct PipelineLayoutCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t setLayoutCount; const DescriptorSetLayout* pSetLayouts;
    uint32_t pushConstantRangeCount; const PushConstantRange* pPushConstantRanges;
};
struct SpecializationMapEntry { uint32_t constantID, offset; size_t size; };
struct SpecializationInfo { uint32_t mapEntryCount; const SpecializationMapEntry* pMapEntries; size_t dataSize; const void* pData; };
struct PipelineShaderStageCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t stage; ShaderModule module; const char* pName;
    const SpecializationInfo* pSpecializationInfo;
};
struct ComputePipelineCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; PipelineShaderStageCreateInfo stage; PipelineLayout layout;
    Pipeline basePipelineHandle; int32_t basePipelineIndex;
};
struct DescriptorPoolSize { uint32_t type, descriptorCount; };
struct DescriptorPoolCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t maxSets, poolSizeCount; const DescriptorPoolSize* pPoolSizes;
};
struct DescriptorSetAllocateInfo {
    uint32_t sType; const void* pNext; DescriptorPool descriptorPool; uint32_t descriptorSetCount;
    const DescriptorSetLayout* pSetLayouts;
};
struct DescriptorBufferInfo { Buffer buffer; DeviceSize offset, range; };
struct WriteDescriptorSet {
    uint32_t sType; const void* pNext; DescriptorSet dstSet; uint32_t dstBinding, dstArrayElement, descriptorCount,
        descriptorType; const void* pImageInfo; const DescriptorBufferInfo* pBufferInfo; const void* pTexelBufferView;
};
struct CommandPoolCreateInfo { uint32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex; };
struct CommandBufferAllocateInfo {
    uint32_t sType; const void* pNext; CommandPool commandPool; uint32_t level, commandBufferCount;
};
struct CommandBufferBeginInfo { uint32_t sType; const void* pNext; Flags flags; const void* pInheritanceInfo; };
struct MemoryBarrier { uint32_t sType; const void* pNext; Flags srcAccessMask, dstAccessMask; };
struct BufferCopy { DeviceSize srcOffset, dstOffset, size; };
struct SubmitInfo {
    uint32_t sType; const void* pNext; uint32_t waitSemaphoreCount; const void* pWaitSemaphores;
    const Flags* pWaitDstStageMask; uint32_t commandBufferCount; const CommandBuffer* pCommandBuffers;
    uint32_t signalSemaphoreCount; const void* pSignalSemaphores;
};
struct FenceCreateInfo { uint32_t sType; const void* pNext; Flags flags; };

// X(name, return type, parameters): every entry point, fetched by name.
#define QLMI_VK_FUNCS(X)                                                                                        \
    X(CreateInstance, Result, (const InstanceCreateInfo*, const void*, Instance*))                            \
    X(DestroyInstance, void, (Instance, const void*))                                                          \
    X(EnumeratePhysicalDevices, Result, (Instance, uint32_t*, PhysicalDevice*))                                \
    X(GetPhysicalDeviceProperties2, void, (PhysicalDevice, PhysicalDeviceProperties2*))                        \
    X(GetPhysicalDeviceQueueFamilyProperties, void, (PhysicalDevice, uint32_t*, QueueFamilyProperties*))       \
    X(GetPhysicalDeviceMemoryProperties, void, (PhysicalDevice, PhysicalDeviceMemoryProperties*))              \
    X(CreateDevice, Result, (PhysicalDevice, const DeviceCreateInfo*, const void*, Device*))                   \
    X(DestroyDevice, void, (Device, const void*))                                                              \
    X(GetDeviceQueue, void, (Device, uint32_t, uint32_t, Queue*))                                              \
    X(CreateBuffer, Result, (Device, const BufferCreateInfo*, const void*, Buffer*))                           \
    X(DestroyBuffer, void, (Device, Buffer, const void*))                                                      \
    X(GetBufferMemoryRequirements, void, (Device, Buffer, MemoryRequirements*))                                \
    X(AllocateMemory, Result, (Device, const MemoryAllocateInfo*, const void*, DeviceMemory*))                 \
    X(FreeMemory, void, (Device, DeviceMemory, const void*))                                                   \
    X(BindBufferMemory, Result, (Device, Buffer, DeviceMemory, DeviceSize))                                    \
    X(MapMemory, Result, (Device, DeviceMemory, DeviceSize, DeviceSize, Flags, void**))                        \
    X(CreateShaderModule, Result, (Device, const ShaderModuleCreateInfo*, const void*, ShaderModule*))         \
    X(DestroyShaderModule, void, (Device, ShaderModule, const void*))                                          \
    X(CreateDescriptorSetLayout, Result,                                                                       \
      (Device, const DescriptorSetLayoutCreateInfo*, const void*, DescriptorSetLayout*))                       \
    X(DestroyDescriptorSetLayout, void, (Device, DescriptorSetLayout, const void*))                            \
    X(CreatePipelineLayout, Result, (Device, const PipelineLayoutCreateInfo*, const void*, PipelineLayout*))   \
    X(DestroyPipelineLayout, void, (Device, PipelineLayout, const void*))                                      \
    X(CreateComputePipelines, Result,                                                                          \
      (Device, PipelineCache, uint32_t, const ComputePipelineCreateInfo*, const void*, Pipeline*))             \
    X(DestroyPipeline, void, (Device, Pipeline, const void*))                                                  \
    X(CreateDescriptorPool, Result, (Device, const DescriptorPoolCreateInfo*, const void*, DescriptorPool*))   \
    X(DestroyDescriptorPool, void, (Device, DescriptorPool, const void*))                                      \
    X(AllocateDescriptorSets, Result, (Device, const DescriptorSetAllocateInfo*, DescriptorSet*))              \
    X(UpdateDescriptorSets, void, (Device, uint32_t, const WriteDescriptorSet*, uint32_t, const void*))        \
    X(CreateCommandPool, Result, (Device, const CommandPoolCreateInfo*, const void*, CommandPool*))            \
    X(DestroyCommandPool, void, (Device, CommandPool, const void*))                                            \
    X(AllocateCommandBuffers, Result, (Device, const CommandBufferAllocateInfo*, CommandBuffer*))              \
    X(BeginCommandBuffer, Result, (CommandBuffer, const CommandBufferBeginInfo*))                              \
    X(EndCommandBuffer, Result, (CommandBuffer))                                                               \
    X(CmdBindPipeline, void, (CommandBuffer, uint32_t, Pipeline))                                              \
    X(CmdBindDescriptorSets, void,                                                                             \
      (CommandBuffer, uint32_t, PipelineLayout, uint32_t, uint32_t, const DescriptorSet*, uint32_t,            \
       const uint32_t*))                                                                                       \
    X(CmdPushConstants, void, (CommandBuffer, PipelineLayout, Flags, uint32_t, uint32_t, const void*))        \
    X(CmdDispatch, void, (CommandBuffer, uint32_t, uint32_t, uint32_t))                                        \
    X(CmdPipelineBarrier, void,                                                                                \
      (CommandBuffer, Flags, Flags, Flags, uint32_t, const MemoryBarrier*, uint32_t, const void*, uint32_t,    \
       const void*))                                                                                           \
    X(CmdCopyBuffer, void, (CommandBuffer, Buffer, Buffer, uint32_t, const BufferCopy*))                       \
    X(QueueSubmit, Result, (Queue, uint32_t, const SubmitInfo*, Fence))                                        \
    X(CreateFence, Result, (Device, const FenceCreateInfo*, const void*, Fence*))                              \
    X(DestroyFence, void, (Device, Fence, const void*))                                                        \
    X(WaitForFences, Result, (Device, uint32_t, const Fence*, Bool32, uint64_t))                               \
    X(ResetFences, Result, (Device, uint32_t, const Fence*))

struct fns {
    VoidFunction(QLMI_VKAPI* GetInstanceProcAddr)(Instance, const char*) = nullptr;
#define QLMI_X(name, ret, args) ret(QLMI_VKAPI* name) args = nullptr;
    QLMI_VK_FUNCS(QLMI_X)
#undef QLMI_X
};
} // namespace vk

// ---- backend state --------------------------------------------------------------------------

struct vk_buffer {
    vk::Buffer buf = 0;
    vk::DeviceMemory mem = 0;
    vk::DeviceSize size = 0;
    void* map = nullptr; // host-visible buffers stay mapped
};
struct vk_range { // a binding: part of a buffer
    vk::Buffer buf;
    vk::DeviceSize off, size;
};

// Shaders; GEMV ones are picked by weight type (vk_gemv_shader). quantlm's own formats
// share one module (gemv_lowbit.comp) specialized per type: ids VS_GEMV_LOWBIT + (type -
// QT_LOWBIT_FIRST) are its pipelines.
enum vk_shader_id {
    VS_GEMV_F32, VS_GEMV_F16, VS_GEMV_Q4_0, VS_GEMV_Q4_1, VS_GEMV_Q5_0, VS_GEMV_Q5_1, VS_GEMV_Q8_0, VS_GEMV_Q4_K,
    VS_GEMV_Q6_K, VS_GEMV_BF16, VS_GEMV_Q2_K, VS_GEMV_Q3_K, VS_GEMV_Q5_K, VS_GEMV_TQ1_0, VS_GEMV_TQ2_0, VS_RMSNORM,
    VS_ROPE_STORE, VS_ATTN, VS_SWIGLU, VS_ARGMAX, VS_GEMV_LOWBIT,
    VS_COUNT = VS_GEMV_LOWBIT + (QT_LOWBIT_END - QT_LOWBIT_FIRST)
};
struct vk_shader_info {
    const uint32_t *code, *code_sg; // shared-memory and subgroup variants
    size_t bytes, bytes_sg;
    uint32_t n_bind, push_bytes;
};
#define QLMI_VK_SHADER(name, nb, pb) {spv_##name, spv_##name##_sg, sizeof spv_##name, sizeof spv_##name##_sg, nb, pb}
// Shaders without workgroup reductions have one variant (the Makefile's SG_SHADERS).
#define QLMI_VK_SHADER1(name, nb, pb) {spv_##name, spv_##name, sizeof spv_##name, sizeof spv_##name, nb, pb}
constexpr uint32_t VK_KV_PUSH = 22 * 4; // shaders/kv.glsl's push constants
inline const vk_shader_info& vk_shader(int id) {
    static const vk_shader_info t[VS_GEMV_LOWBIT + 1] = {
        QLMI_VK_SHADER1(gemv_f32, 3, 20),   QLMI_VK_SHADER1(gemv_f16, 3, 20),   QLMI_VK_SHADER1(gemv_q4_0, 3, 20),
        QLMI_VK_SHADER1(gemv_q4_1, 3, 20),  QLMI_VK_SHADER1(gemv_q5_0, 3, 20),  QLMI_VK_SHADER1(gemv_q5_1, 3, 20),
        QLMI_VK_SHADER1(gemv_q8_0, 3, 20),  QLMI_VK_SHADER1(gemv_q4_k, 3, 20),  QLMI_VK_SHADER1(gemv_q6_k, 3, 20),
        QLMI_VK_SHADER1(gemv_bf16, 3, 20),  QLMI_VK_SHADER1(gemv_q2_k, 3, 20),  QLMI_VK_SHADER1(gemv_q3_k, 3, 20),
        QLMI_VK_SHADER1(gemv_q5_k, 3, 20),  QLMI_VK_SHADER1(gemv_tq1_0, 3, 20), QLMI_VK_SHADER1(gemv_tq2_0, 3, 20),
        QLMI_VK_SHADER(rmsnorm, 3, 8),      QLMI_VK_SHADER1(rope_store, 5, VK_KV_PUSH),
        QLMI_VK_SHADER(attn, 6, VK_KV_PUSH), QLMI_VK_SHADER1(swiglu, 1, 4), QLMI_VK_SHADER1(argmax, 2, 4),
        QLMI_VK_SHADER1(gemv_lowbit, 3, 20),
    };
    return t[std::min(id, (int)VS_GEMV_LOWBIT)];
}
#undef QLMI_VK_SHADER
#undef QLMI_VK_SHADER1

// The GEMV shader for a weight type and the row length it needs to divide, or -1.
inline int vk_gemv_shader(uint32_t type, int64_t* block) {
    switch (type) {
    case QT_F32: *block = 1; return VS_GEMV_F32;
    case QT_F16: *block = 2; return VS_GEMV_F16;
    case QT_Q4_0: *block = 32; return VS_GEMV_Q4_0;
    case QT_Q4_1: *block = 32; return VS_GEMV_Q4_1;
    case QT_Q5_0: *block = 32; return VS_GEMV_Q5_0;
    case QT_Q5_1: *block = 32; return VS_GEMV_Q5_1;
    case QT_Q8_0: *block = 32; return VS_GEMV_Q8_0;
    case QT_Q4_K: *block = 256; return VS_GEMV_Q4_K;
    case QT_Q6_K: *block = 256; return VS_GEMV_Q6_K;
    case QT_BF16: *block = 2; return VS_GEMV_BF16;
    case QT_Q2_K: *block = 256; return VS_GEMV_Q2_K;
    case QT_Q3_K: *block = 256; return VS_GEMV_Q3_K;
    case QT_Q5_K: *block = 256; return VS_GEMV_Q5_K;
    case QT_TQ1_0: *block = 256; return VS_GEMV_TQ1_0;
    case QT_TQ2_0: *block = 256; return VS_GEMV_TQ2_0;
    default:
        if (const lb_format* f = lb_fmt(type)) {
            *block = f->group; // int2-g16's rows are whole 16-groups; the type table's blocks are 32
            return VS_GEMV_LOWBIT + (int)(type - QT_LOWBIT_FIRST);
        }
        return -1;
    }
}

struct vk_pipe {
    vk::Pipeline pipe = 0;
    vk::PipelineLayout layout = 0;
    vk::DescriptorSetLayout dsl = 0;
};

struct vk_layer_ranges {
    vk_range attn_norm, ffn_norm, wo, w_down; // weights
    vk_range wqkv, wgu;                       // wq|wk|wv and w_gate|w_up back to back
    vk_range part[2][3]; // KV cache: [K|V][main|sink|ring] as in shaders/kv.glsl
    vk_range kv;         // all six, back to back: the shaders' one binding
    vk_range rot;        // the KV rotation's binding: Hadamard signs, or this layer's calibrated matrices
};

// shaders/kv.glsl's push constants (their order).
struct vk_kv_push {
    uint32_t n_head, n_head_kv, head_dim, n_rot, neox, n_ctx;
    float scale;
    uint32_t rot, G, n_sink, n_ring, window;
    uint32_t k_type, k_main, k_sink, k_ring, k_row;
    uint32_t v_type, v_main, v_sink, v_ring, v_row;
};
static_assert(sizeof(vk_kv_push) == VK_KV_PUSH, "kv.glsl push constants");

struct vk_state {
#if defined(_WIN32)
    HMODULE lib = nullptr;
#else
    void* lib = nullptr;
#endif
    vk::fns f;
    vk::Instance inst = nullptr;
    vk::PhysicalDevice pd = nullptr;
    vk::Device dev = nullptr;
    vk::Queue queue = nullptr;
    uint32_t qfam = 0;
    vk::PhysicalDeviceMemoryProperties memp{};
    uint32_t max_range = 0; // maxStorageBufferRange
    bool subgroup = false;
    char name[256] = {0};

    vk_buffer weights, kv, scratch, host, staging;
    vk_kv_push kvp{};
    std::vector<vk_layer_ranges> layers;
    vk_range out_norm{}, output{}, rope_tab{}, signs{};
    // scratch: qkv = q|k|v, gu = gate|up; dev_logits: the logits the argmax step leaves on the device
    vk_range x{}, xn{}, qkv{}, att{}, gu{}, scores{}, dev_logits{};
    vk_range x_in{}, params{}, logits{}, argmax{}; // host-visible
    vk_pipe pipes[VS_COUNT];
    vk::DescriptorPool dpool = 0;
    vk::CommandPool cpool = 0;
    // The token step with the logits read back, without them (prefill), and with only their
    // argmax read back (greedy decoding); cmd_once runs copies.
    vk::CommandBuffer cmd_logits = nullptr, cmd_nologits = nullptr, cmd_argmax = nullptr, cmd_once = nullptr;
    vk::Fence fence = 0;
    size_t staging_used = 0;
    std::vector<vk::BufferCopy> pending; // staging -> `pending_dst` copies not yet submitted
    vk::Buffer pending_dst = 0;
};

#define QLMI_VK_CHECK(call, what)                                                                           \
    do {                                                                                                    \
        vk::Result r_ = (call);                                                                             \
        if (r_ != 0) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %s failed (VkResult %d)", what, \
                                 (int)r_);                                                          \
    } while (0)

// ---- setup ----------------------------------------------------------------------------------

inline qlm_result vk_load(qlm_context* c, vk_state& s, qlm_error* err) {
#if defined(_WIN32)
    s.lib = LoadLibraryA("vulkan-1.dll");
    if (s.lib)
        s.f.GetInstanceProcAddr = reinterpret_cast<decltype(s.f.GetInstanceProcAddr)>(
            reinterpret_cast<void*>(GetProcAddress(s.lib, "vkGetInstanceProcAddr")));
#else
#if defined(__APPLE__)
    const char* names[] = {"libvulkan.1.dylib", "libMoltenVK.dylib"};
#else
    const char* names[] = {"libvulkan.so.1", "libvulkan.so"};
#endif
    for (const char* n : names)
        if (!s.lib) s.lib = dlopen(n, RTLD_NOW | RTLD_LOCAL);
    if (s.lib) {
        void* sym = dlsym(s.lib, "vkGetInstanceProcAddr");
        memcpy(&s.f.GetInstanceProcAddr, &sym, sizeof sym); // object to function pointer
    }
#endif
    if (!s.f.GetInstanceProcAddr)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no Vulkan loader (libvulkan.so.1 / vulkan-1.dll)");
    s.f.CreateInstance =
        reinterpret_cast<decltype(s.f.CreateInstance)>(s.f.GetInstanceProcAddr(nullptr, "vkCreateInstance"));
    if (!s.f.CreateInstance) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: the loader has no vkCreateInstance");
    vk::ApplicationInfo app{vk::ST_APPLICATION_INFO, nullptr, "quantlm", 1, "quantlm", 1, vk::API_1_1};
    vk::InstanceCreateInfo ici{vk::ST_INSTANCE_CREATE_INFO, nullptr, 0, &app, 0, nullptr, 0, nullptr};
    vk::Result r = s.f.CreateInstance(&ici, nullptr, &s.inst);
    if (r == -9) // VK_ERROR_INCOMPATIBLE_DRIVER: the loader found no driver for Vulkan 1.1
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no Vulkan 1.1 driver is installed");
    QLMI_VK_CHECK(r, "vkCreateInstance (Vulkan 1.1)");
#define QLMI_X(name, ret, args)                                                                           \
    s.f.name = reinterpret_cast<decltype(s.f.name)>(s.f.GetInstanceProcAddr(s.inst, "vk" #name));          \
    if (!s.f.name) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: the loader has no vk%s", #name);
    QLMI_VK_FUNCS(QLMI_X)
#undef QLMI_X
    return QLM_OK;
}

// Picks the device: params.device (1-based, in enumeration order) or the best type.
inline qlm_result vk_pick_device(qlm_context* c, vk_state& s, qlm_error* err) {
    uint32_t n = 0;
    QLMI_VK_CHECK(s.f.EnumeratePhysicalDevices(s.inst, &n, nullptr), "vkEnumeratePhysicalDevices");
    std::vector<vk::PhysicalDevice> pds(n);
    if (n) QLMI_VK_CHECK(s.f.EnumeratePhysicalDevices(s.inst, &n, pds.data()), "vkEnumeratePhysicalDevices");
    static const int rank[] = {0, 3, 4, 2, 1}; // other, integrated, discrete, virtual, CPU
    int best = -1, best_rank = -1;
    for (uint32_t i = 0; i < n; i++) {
        vk::PhysicalDeviceProperties2 p2{};
        p2.sType = vk::ST_PHYSICAL_DEVICE_PROPERTIES_2;
        s.f.GetPhysicalDeviceProperties2(pds[i], &p2);
        const vk::PhysicalDeviceProperties& p = p2.properties;
        p2.properties.deviceName[255] = 0;
        int r = p.apiVersion >= vk::API_1_1 ? rank[p.deviceType <= 4 ? p.deviceType : 0] : -1;
        c->log.logf(QLM_LOG_INFO, "vulkan device %u: %s (type %u, Vulkan %u.%u)%s", i + 1, p.deviceName,
                    p.deviceType, p.apiVersion >> 22, (p.apiVersion >> 12) & 0x3ff, r < 0 ? " - needs 1.1" : "");
        if (c->p.device ? i + 1 == c->p.device : r > best_rank) {
            best = (int)i;
            best_rank = r;
        }
    }
    if (best < 0 || best_rank < 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    c->p.device ? "vulkan: device %u does not exist or lacks Vulkan 1.1 (%u devices)"
                                : "vulkan: no Vulkan 1.1 device (%u devices)",
                    c->p.device, n);
    s.pd = pds[(size_t)best];
    vk::PhysicalDeviceSubgroupProperties sg{};
    sg.sType = vk::ST_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES;
    vk::PhysicalDeviceProperties2 p2{};
    p2.sType = vk::ST_PHYSICAL_DEVICE_PROPERTIES_2;
    p2.pNext = &sg;
    s.f.GetPhysicalDeviceProperties2(s.pd, &p2);
    memcpy(s.name, p2.properties.deviceName, sizeof s.name - 1);
    s.max_range = p2.properties.limits_head[7];
    const uint32_t need = vk::SUBGROUP_BASIC | vk::SUBGROUP_ARITHMETIC;
    s.subgroup = (sg.supportedStages & vk::STAGE_COMPUTE) && (sg.supportedOperations & need) == need;
    s.f.GetPhysicalDeviceMemoryProperties(s.pd, &s.memp);

    uint32_t nq = 0;
    s.f.GetPhysicalDeviceQueueFamilyProperties(s.pd, &nq, nullptr);
    std::vector<vk::QueueFamilyProperties> qf(nq);
    s.f.GetPhysicalDeviceQueueFamilyProperties(s.pd, &nq, qf.data());
    uint32_t fam = UINT32_MAX;
    for (uint32_t i = 0; i < nq && fam == UINT32_MAX; i++)
        if (qf[i].queueFlags & vk::QUEUE_COMPUTE) fam = i;
    if (fam == UINT32_MAX) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %s has no compute queue", s.name);
    s.qfam = fam;
    const float prio = 1.0f;
    vk::DeviceQueueCreateInfo qci{vk::ST_DEVICE_QUEUE_CREATE_INFO, nullptr, 0, fam, 1, &prio};
    vk::DeviceCreateInfo dci{vk::ST_DEVICE_CREATE_INFO, nullptr, 0, 1, &qci, 0, nullptr, 0, nullptr, nullptr};
    QLMI_VK_CHECK(s.f.CreateDevice(s.pd, &dci, nullptr, &s.dev), "vkCreateDevice");
    s.f.GetDeviceQueue(s.dev, fam, 0, &s.queue);
    return QLM_OK;
}

inline qlm_result vk_alloc(qlm_context* c, vk_state& s, vk_buffer* b, vk::DeviceSize size, bool host, qlm_error* err) {
    vk::BufferCreateInfo bci{vk::ST_BUFFER_CREATE_INFO, nullptr, 0, size,
                             vk::BUF_STORAGE | vk::BUF_TRANSFER_SRC | vk::BUF_TRANSFER_DST, 0, 0, nullptr};
    QLMI_VK_CHECK(s.f.CreateBuffer(s.dev, &bci, nullptr, &b->buf), "vkCreateBuffer");
    b->size = size;
    vk::MemoryRequirements req{};
    s.f.GetBufferMemoryRequirements(s.dev, b->buf, &req);
    const uint32_t want = host ? vk::MEM_HOST_VISIBLE | vk::MEM_HOST_COHERENT : vk::MEM_DEVICE_LOCAL;
    uint32_t type = UINT32_MAX;
    for (uint32_t i = 0; i < s.memp.memoryTypeCount && type == UINT32_MAX; i++)
        if ((req.memoryTypeBits >> i & 1) && (s.memp.memoryTypes[i].propertyFlags & want) == want) type = i;
    if (type == UINT32_MAX)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no %s memory type for a buffer",
                    host ? "host-visible" : "device-local");
    vk::MemoryAllocateInfo mai{vk::ST_MEMORY_ALLOCATE_INFO, nullptr, req.size, type};
    vk::Result r = s.f.AllocateMemory(s.dev, &mai, nullptr, &b->mem);
    if (r != 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: cannot allocate %.1f MiB of %s memory (VkResult %d)",
                    (double)size / 1048576.0, host ? "host-visible" : "device", (int)r);
    QLMI_VK_CHECK(s.f.BindBufferMemory(s.dev, b->buf, b->mem, 0), "vkBindBufferMemory");
    if (host) QLMI_VK_CHECK(s.f.MapMemory(s.dev, b->mem, 0, size, 0, &b->map), "vkMapMemory");
    return QLM_OK;
}

inline void vk_free_buffer(vk_state& s, vk_buffer& b) {
    if (b.buf) s.f.DestroyBuffer(s.dev, b.buf, nullptr);
    if (b.mem) s.f.FreeMemory(s.dev, b.mem, nullptr); // unmaps too
    b = vk_buffer();
}

// Hands out 256-byte aligned parts of a buffer (256 is the largest
// minStorageBufferOffsetAlignment the specification allows).
struct vk_layout {
    vk::DeviceSize size = 0;
    vk_range take(vk::DeviceSize bytes) {
        vk_range r{0, size, bytes};
        size += (bytes + 255) / 256 * 256;
        return r;
    }
};
inline void vk_bind(vk_range* r, const vk_buffer& b) { r->buf = b.buf; }

inline qlm_result vk_submit_wait(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, qlm_error* err) {
    vk::SubmitInfo si{vk::ST_SUBMIT_INFO, nullptr, 0, nullptr, nullptr, 1, &cmd, 0, nullptr};
    QLMI_VK_CHECK(s.f.QueueSubmit(s.queue, 1, &si, s.fence), "vkQueueSubmit");
    QLMI_VK_CHECK(s.f.WaitForFences(s.dev, 1, &s.fence, 1, UINT64_MAX), "vkWaitForFences");
    QLMI_VK_CHECK(s.f.ResetFences(s.dev, 1, &s.fence), "vkResetFences");
    return QLM_OK;
}

inline void vk_barrier(vk_state& s, vk::CommandBuffer cmd, uint32_t src_stage, uint32_t src_access, uint32_t dst_stage,
                       uint32_t dst_access) {
    vk::MemoryBarrier mb{vk::ST_MEMORY_BARRIER, nullptr, src_access, dst_access};
    s.f.CmdPipelineBarrier(cmd, src_stage, dst_stage, 0, 1, &mb, 0, nullptr, 0, nullptr);
}

// Runs the copies queued in the staging buffer (to pending_dst, or from `src` when
// reading back) and empties it.
inline qlm_result vk_flush_copies(qlm_context* c, vk_state& s, vk::Buffer src, vk::Buffer dst, qlm_error* err) {
    if (s.pending.empty()) return QLM_OK;
    vk::CommandBufferBeginInfo bi{vk::ST_COMMAND_BUFFER_BEGIN_INFO, nullptr, 1 /* one time */, nullptr};
    QLMI_VK_CHECK(s.f.BeginCommandBuffer(s.cmd_once, &bi), "vkBeginCommandBuffer");
    s.f.CmdCopyBuffer(s.cmd_once, src, dst, (uint32_t)s.pending.size(), s.pending.data());
    vk_barrier(s, s.cmd_once, vk::PIPE_STAGE_TRANSFER, vk::ACCESS_TRANSFER_WRITE,
               vk::PIPE_STAGE_COMPUTE | vk::PIPE_STAGE_HOST, vk::ACCESS_SHADER_READ | vk::ACCESS_HOST_READ);
    QLMI_VK_CHECK(s.f.EndCommandBuffer(s.cmd_once), "vkEndCommandBuffer");
    s.pending.clear();
    s.staging_used = 0;
    return vk_submit_wait(c, s, s.cmd_once, err);
}

// Copies host bytes to a device range through the staging buffer.
inline qlm_result vk_upload(qlm_context* c, vk_state& s, const vk_range& dst, vk::DeviceSize dst_off, const void* src,
                            size_t bytes, qlm_error* err) {
    const uint8_t* p = static_cast<const uint8_t*>(src);
    while (bytes) {
        if (s.pending_dst != dst.buf || s.staging_used == s.staging.size) {
            qlm_result r = vk_flush_copies(c, s, s.staging.buf, s.pending_dst, err);
            if (r != QLM_OK) return r;
            s.pending_dst = dst.buf;
        }
        size_t k = std::min<size_t>(bytes, (size_t)(s.staging.size - s.staging_used));
        memcpy(static_cast<uint8_t*>(s.staging.map) + s.staging_used, p, k);
        s.pending.push_back({s.staging_used, dst.off + dst_off, k});
        s.staging_used += (k + 15) / 16 * 16;
        if (s.staging_used > s.staging.size) s.staging_used = s.staging.size;
        p += k;
        dst_off += k;
        bytes -= k;
    }
    return QLM_OK;
}

inline qlm_result vk_pipeline(qlm_context* c, vk_state& s, int id, qlm_error* err) {
    vk_pipe& P = s.pipes[id];
    if (P.pipe) return QLM_OK;
    const vk_shader_info& sh = vk_shader(id);
    vk::DescriptorSetLayoutBinding b[8];
    for (uint32_t i = 0; i < sh.n_bind; i++) b[i] = {i, vk::DESC_STORAGE_BUFFER, 1, vk::STAGE_COMPUTE, nullptr};
    vk::DescriptorSetLayoutCreateInfo dci{vk::ST_DESCRIPTOR_SET_LAYOUT_CREATE_INFO, nullptr, 0, sh.n_bind, b};
    QLMI_VK_CHECK(s.f.CreateDescriptorSetLayout(s.dev, &dci, nullptr, &P.dsl), "vkCreateDescriptorSetLayout");
    vk::PushConstantRange pcr{vk::STAGE_COMPUTE, 0, sh.push_bytes};
    vk::PipelineLayoutCreateInfo lci{vk::ST_PIPELINE_LAYOUT_CREATE_INFO, nullptr, 0, 1, &P.dsl, 1, &pcr};
    QLMI_VK_CHECK(s.f.CreatePipelineLayout(s.dev, &lci, nullptr, &P.layout), "vkCreatePipelineLayout");
    vk::ShaderModuleCreateInfo mci{vk::ST_SHADER_MODULE_CREATE_INFO, nullptr, 0, s.subgroup ? sh.bytes_sg : sh.bytes,
                                   s.subgroup ? sh.code_sg : sh.code};
    vk::ShaderModule mod = 0;
    QLMI_VK_CHECK(s.f.CreateShaderModule(s.dev, &mci, nullptr, &mod), "vkCreateShaderModule");
    // gemv_lowbit.comp: constant 0 is the family (lb_family), 1 the group size.
    uint32_t spec_data[2] = {0, 0};
    const vk::SpecializationMapEntry spec_map[2] = {{0, 0, 4}, {1, 4, 4}};
    const vk::SpecializationInfo spec{2, spec_map, sizeof spec_data, spec_data};
    const bool lowbit = id >= VS_GEMV_LOWBIT;
    if (lowbit) {
        const lb_format* lf = lb_fmt(QT_LOWBIT_FIRST + (uint32_t)(id - VS_GEMV_LOWBIT));
        spec_data[0] = (uint32_t)lf->fam;
        spec_data[1] = (uint32_t)lf->group;
    }
    vk::ComputePipelineCreateInfo pci{};
    pci.sType = vk::ST_COMPUTE_PIPELINE_CREATE_INFO;
    pci.stage = {vk::ST_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, vk::STAGE_COMPUTE, mod, "main",
                 lowbit ? &spec : nullptr};
    pci.layout = P.layout;
    pci.basePipelineIndex = -1;
    vk::Result r = s.f.CreateComputePipelines(s.dev, 0, 1, &pci, nullptr, &P.pipe);
    s.f.DestroyShaderModule(s.dev, mod, nullptr);
    QLMI_VK_CHECK(r, "vkCreateComputePipelines");
    return QLM_OK;
}

// Records one dispatch: binds the pipeline, a fresh descriptor set for `bufs`, the push
// constants, then a barrier so that the next dispatch sees what this one wrote.
inline qlm_result vk_dispatch(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, int id,
                              std::initializer_list<vk_range> bufs, const void* push, uint32_t gx, uint32_t gy,
                              bool barrier, qlm_error* err) {
    qlm_result r = vk_pipeline(c, s, id, err);
    if (r != QLM_OK) return r;
    const vk_pipe& P = s.pipes[id];
    vk::DescriptorSet set = 0;
    vk::DescriptorSetAllocateInfo ai{vk::ST_DESCRIPTOR_SET_ALLOCATE_INFO, nullptr, s.dpool, 1, &P.dsl};
    QLMI_VK_CHECK(s.f.AllocateDescriptorSets(s.dev, &ai, &set), "vkAllocateDescriptorSets");
    vk::DescriptorBufferInfo bi[8];
    vk::WriteDescriptorSet w[8];
    uint32_t n = 0;
    for (const vk_range& b : bufs) {
        bi[n] = {b.buf, b.off, (b.size + 3) / 4 * 4}; // whole words: shaders read bytes through uints
        w[n] = {vk::ST_WRITE_DESCRIPTOR_SET, nullptr, set, n, 0, 1, vk::DESC_STORAGE_BUFFER, nullptr, &bi[n], nullptr};
        n++;
    }
    QLM_ASSERT(n == vk_shader(id).n_bind);
    s.f.UpdateDescriptorSets(s.dev, n, w, 0, nullptr);
    s.f.CmdBindPipeline(cmd, vk::BIND_COMPUTE, P.pipe);
    s.f.CmdBindDescriptorSets(cmd, vk::BIND_COMPUTE, P.layout, 0, 1, &set, 0, nullptr);
    s.f.CmdPushConstants(cmd, P.layout, vk::STAGE_COMPUTE, 0, vk_shader(id).push_bytes, push);
    s.f.CmdDispatch(cmd, gx, gy, 1);
    if (barrier)
        vk_barrier(s, cmd, vk::PIPE_STAGE_COMPUTE, vk::ACCESS_SHADER_WRITE, vk::PIPE_STAGE_COMPUTE,
                   vk::ACCESS_SHADER_READ | vk::ACCESS_SHADER_WRITE);
    return QLM_OK;
}

// y[y_off + r] (+)= W.row(r) . x for the matrices `ws`, stored back to back from the start
// of `wr` and written back to back into y: one dispatch when they share a type and row
// length (Q/K/V and gate/up usually do), one each otherwise.
inline qlm_result vk_gemv(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, std::initializer_list<const qtensor*> ws,
                          const vk_range& wr, const vk_range& x, const vk_range& y, bool accumulate, qlm_error* err) {
    const qtensor* const* mats = ws.begin();
    const size_t n = ws.size();
    size_t i = 0;
    uint32_t w_off = 0, y_off = 0;
    while (i < n) {
        const qtensor& w = *mats[i];
        int64_t rows = 0;
        size_t j = i;
        for (; j < n && mats[j]->type == w.type && mats[j]->ne0 == w.ne0; j++) rows += mats[j]->ne1;
        int64_t block = 0;
        const int id = vk_gemv_shader(w.type, &block);
        const uint32_t push[5] = {(uint32_t)w.ne0, (uint32_t)rows, accumulate ? 1u : 0u, y_off, w_off};
        const int64_t groups = (rows + 7) / 8; // 8 rows per workgroup (shaders/gemv_main.glsl)
        const uint32_t gx = (uint32_t)std::min<int64_t>(groups, 65535), gy = (uint32_t)((groups + gx - 1) / gx);
        qlm_result r = vk_dispatch(c, s, cmd, id, {wr, x, y}, push, gx, gy, j == n, err);
        if (r != QLM_OK) return r;
        w_off += (uint32_t)(w.row_bytes * (size_t)rows);
        y_off += (uint32_t)rows;
        i = j;
    }
    return QLM_OK;
}

// Records the whole token step into cmd (see the file comment). The host has written the
// token's embedding into x_in and its position into params. `out` says what the step ends
// with: nothing (prefill), the logits in host-visible memory, or the logits left in device
// memory and only their argmax in host-visible memory. `parts` (VK_REC_*) leaves out the
// GEMVs or the other dispatches: examples/vulkan_profile.cpp times the step with and
// without them (docs/VULKAN.md, Speed); a forward pass records everything.
enum vk_out { VK_OUT_NONE, VK_OUT_LOGITS, VK_OUT_ARGMAX };
enum : uint32_t { VK_REC_GEMV = 1, VK_REC_OTHER = 2, VK_REC_ALL = 3 };
inline qlm_result vk_record(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, vk_out out, qlm_error* err,
                            uint32_t parts = VK_REC_ALL) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    const uint32_t E = (uint32_t)h.n_embd, NH = (uint32_t)h.n_head, FF = (uint32_t)h.n_ff;
    vk::CommandBufferBeginInfo bi{vk::ST_COMMAND_BUFFER_BEGIN_INFO, nullptr, 0, nullptr};
    QLMI_VK_CHECK(s.f.BeginCommandBuffer(cmd, &bi), "vkBeginCommandBuffer");
    vk::BufferCopy cp{s.x_in.off, s.x.off, s.x.size};
    s.f.CmdCopyBuffer(cmd, s.host.buf, s.scratch.buf, 1, &cp);
    vk_barrier(s, cmd, vk::PIPE_STAGE_TRANSFER, vk::ACCESS_TRANSFER_WRITE, vk::PIPE_STAGE_COMPUTE,
               vk::ACCESS_SHADER_READ | vk::ACCESS_SHADER_WRITE);
    struct { uint32_t n; float eps; } norm_pc{E, h.eps};
    const uint32_t swiglu_pc = FF;
    qlm_result r = QLM_OK;
#define QLMI_TRY(x) \
    if ((r = (x)) != QLM_OK) return r
#define QLMI_GEMV(...) \
    if (parts & VK_REC_GEMV) QLMI_TRY(vk_gemv(__VA_ARGS__))
#define QLMI_OTHER(...) \
    if (parts & VK_REC_OTHER) QLMI_TRY(vk_dispatch(__VA_ARGS__))
    for (size_t l = 0; l < m.layers.size(); l++) {
        const layer_weights& L = m.layers[l];
        const vk_layer_ranges& R = s.layers[l];
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, R.attn_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.wq, &L.wk, &L.wv}, R.wqkv, s.xn, s.qkv, false, err);
        QLMI_OTHER(c, s, cmd, VS_ROPE_STORE, {s.qkv, R.kv, s.params, s.rope_tab, R.rot}, &s.kvp, 1, 1, true, err);
        QLMI_OTHER(c, s, cmd, VS_ATTN, {s.qkv, R.kv, s.att, s.scores, s.params, R.rot}, &s.kvp, NH, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.wo}, R.wo, s.att, s.x, true, err);
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, R.ffn_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.w_gate, &L.w_up}, R.wgu, s.xn, s.gu, false, err);
        QLMI_OTHER(c, s, cmd, VS_SWIGLU, {s.gu}, &swiglu_pc, (FF + 63) / 64, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.w_down}, R.w_down, s.gu, s.x, true, err);
    }
    if (out != VK_OUT_NONE) {
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, s.out_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&m.output}, s.output, s.xn, out == VK_OUT_ARGMAX ? s.dev_logits : s.logits, false, err);
        const uint32_t n_vocab = (uint32_t)h.n_vocab;
        if (out == VK_OUT_ARGMAX) QLMI_OTHER(c, s, cmd, VS_ARGMAX, {s.dev_logits, s.argmax}, &n_vocab, 1, 1, false, err);
        vk_barrier(s, cmd, vk::PIPE_STAGE_COMPUTE, vk::ACCESS_SHADER_WRITE, vk::PIPE_STAGE_HOST, vk::ACCESS_HOST_READ);
    }
#undef QLMI_TRY
#undef QLMI_GEMV
#undef QLMI_OTHER
    QLMI_VK_CHECK(s.f.EndCommandBuffer(cmd), "vkEndCommandBuffer");
    return QLM_OK;
}

inline qlm_result vk_init_state(qlm_context* c, vk_state& s, qlm_error* err) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    qlm_result r = vk_load(c, s, err);
    if (r == QLM_OK) r = vk_pick_device(c, s, err);
    if (r != QLM_OK) return r;

    // The KV cache: every type (F16, INT8, INT4, INT2, keys and values apart), groups,
    // window and sinks, and every rotation (none, Hadamard, calibrated); not per-channel planes.
    const kv_cache& kvc = c->kv;
    const bool calibrated = kvc.rot.kind == QLM_KV_ROT_CALIBRATED;
    if (kvc.kp.T || kvc.vp.T)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    "vulkan: per-channel keys or values (kv_k_channel, kv_v_channel) have no shader");
    // Every matrix must have a shader and fit one binding.
    std::vector<const qtensor*> mats = {&m.output};
    for (const layer_weights& L : m.layers)
        for (const qtensor* t : {&L.wq, &L.wk, &L.wv, &L.wo, &L.w_gate, &L.w_up, &L.w_down}) mats.push_back(t);
    for (const qtensor* t : mats) {
        int64_t block = 1;
        if (vk_gemv_shader(t->type, &block) < 0 || t->ne0 % block != 0)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no shader for %s weights with rows of %lld",
                        type_info(t->type)->name, (long long)t->ne0);
    }
    if (h.head_dim > 1024 || (uint32_t)h.n_head * c->n_ctx * 4ull > s.max_range)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: head_dim %d or n_ctx %u too large", h.head_dim, c->n_ctx);

    // Buffer layouts.
    const vk::DeviceSize E = (vk::DeviceSize)h.n_embd, HD = (vk::DeviceSize)h.head_dim;
    const vk::DeviceSize Q = (vk::DeviceSize)h.n_head * HD, KV = (vk::DeviceSize)h.n_head_kv * HD;
    vk_layout wl, kl, sl, hl;
    auto bytes = [](const qtensor& t) { return (vk::DeviceSize)t.row_bytes * (vk::DeviceSize)t.ne1; };
    auto mat = [&](const qtensor& t) { return wl.take(bytes(t)); };
    s.layers.resize(m.layers.size());
    for (size_t l = 0; l < m.layers.size(); l++) {
        const layer_weights& L = m.layers[l];
        vk_layer_ranges& R = s.layers[l];
        R.attn_norm = wl.take(E * 4);
        R.ffn_norm = wl.take(E * 4);
        R.wqkv = wl.take(bytes(L.wq) + bytes(L.wk) + bytes(L.wv));
        R.wo = mat(L.wo);
        R.wgu = wl.take(bytes(L.w_gate) + bytes(L.w_up));
        R.w_down = mat(L.w_down);
        // The host cache's parts, same sizes and row layout (src/kv.h), so that
        // kv_download/kv_upload copy bytes.
        for (int which = 0; which < 2; which++) {
            const kv_plane& pl = which ? kvc.vp : kvc.kp;
            const vk::DeviceSize main_bytes =
                pl.type < 0 ? (vk::DeviceSize)c->n_ctx * KV * 2
                            : (vk::DeviceSize)c->n_ctx * (vk::DeviceSize)h.n_head_kv * pl.row_bytes;
            R.part[which][0] = kl.take(main_bytes);
            R.part[which][1] = kl.take((vk::DeviceSize)pl.n_sink * KV * 2);
            R.part[which][2] = kl.take((vk::DeviceSize)pl.n_ring * KV * 2);
        }
        R.kv = {0, R.part[0][0].off, R.part[1][2].off + R.part[1][2].size - R.part[0][0].off};
        // Calibrated: key, query, value and value-inverse matrices of every KV head (kv.glsl).
        if (calibrated) R.rot = wl.take(4 * (vk::DeviceSize)h.n_head_kv * HD * HD * 4);
        if (R.kv.size > s.max_range)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                        "vulkan: a layer's KV cache (%.1f MiB) exceeds the device's binding limit of %u bytes",
                        (double)R.kv.size / 1048576.0, s.max_range);
    }
    {
        const vk_layer_ranges& R0 = s.layers[0];
        auto rel = [&](int which, int part) { return (uint32_t)(R0.part[which][part].off - R0.kv.off); };
        auto typ = [](const kv_plane& pl) { return pl.type < 0 ? 0u : (uint32_t)pl.type + 1u; }; // qlm_kv_type
        s.kvp = {(uint32_t)h.n_head, (uint32_t)h.n_head_kv, (uint32_t)h.head_dim, (uint32_t)h.n_rot,
                 h.rope == ROPE_NEOX ? 1u : 0u, c->n_ctx, 1.0f / std::sqrt((float)h.head_dim),
                 kvc.rot.kind == QLM_KV_ROT_HADAMARD ? 1u : calibrated ? 2u : 0u, (uint32_t)std::max(kvc.kp.G, 1),
                 std::max(kvc.kp.n_sink, kvc.vp.n_sink), std::max(kvc.kp.n_ring, kvc.vp.n_ring), kvc.window,
                 typ(kvc.kp), rel(0, 0), rel(0, 1), rel(0, 2), (uint32_t)kvc.kp.row_bytes,
                 typ(kvc.vp), rel(1, 0), rel(1, 1), rel(1, 2), (uint32_t)kvc.vp.row_bytes};
    }
    s.out_norm = wl.take(E * 4);
    s.output = mat(m.output);
    const vk::DeviceSize half_rot = (vk::DeviceSize)h.n_rot / 2;
    s.rope_tab = wl.take((vk::DeviceSize)c->n_ctx * half_rot * 8);
    s.signs = wl.take(HD * 4);
    s.x = sl.take(E * 4), s.xn = sl.take(std::max(E, Q) * 4), s.qkv = sl.take((Q + 2 * KV) * 4);
    s.att = sl.take(Q * 4), s.gu = sl.take((vk::DeviceSize)h.n_ff * 8);
    s.scores = sl.take((vk::DeviceSize)h.n_head * c->n_ctx * 4);
    s.dev_logits = sl.take((vk::DeviceSize)h.n_vocab * 4);
    s.x_in = hl.take(E * 4), s.params = hl.take(16), s.logits = hl.take((vk::DeviceSize)h.n_vocab * 4);
    s.argmax = hl.take(4);
    vk::DeviceSize biggest = s.output.size;
    for (const vk_layer_ranges& R : s.layers)
        biggest = std::max({biggest, R.wqkv.size, R.wgu.size, R.w_down.size, R.wo.size, R.rot.size});
    if (biggest > s.max_range)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %.1f MiB of weights exceed the device's binding limit of %u bytes",
                    (double)biggest / 1048576.0, s.max_range);

    if ((r = vk_alloc(c, s, &s.weights, wl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.kv, kl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.scratch, sl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.host, hl.size, true, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.staging, std::min<vk::DeviceSize>(wl.size, 16u << 20), true, err)) != QLM_OK) return r;
    for (vk_layer_ranges& R : s.layers) {
        for (vk_range* w : {&R.attn_norm, &R.ffn_norm, &R.wqkv, &R.wo, &R.wgu, &R.w_down})
            vk_bind(w, s.weights);
        vk_bind(&R.kv, s.kv);
        for (auto& pl : R.part)
            for (vk_range& part : pl) vk_bind(&part, s.kv);
    }
    for (vk_range* w : {&s.out_norm, &s.output, &s.rope_tab, &s.signs}) vk_bind(w, s.weights);
    for (vk_layer_ranges& R : s.layers) {
        if (calibrated) vk_bind(&R.rot, s.weights);
        else R.rot = s.signs; // the Hadamard signs (unused without rotation)
    }
    for (vk_range* w : {&s.x, &s.xn, &s.qkv, &s.att, &s.gu, &s.scores, &s.dev_logits}) vk_bind(w, s.scratch);
    for (vk_range* w : {&s.x_in, &s.params, &s.logits, &s.argmax}) vk_bind(w, s.host);

    // Command pool, fence, descriptor pool (one set per dispatch of both command buffers).
    vk::CommandPoolCreateInfo cpi{vk::ST_COMMAND_POOL_CREATE_INFO, nullptr, 0, s.qfam};
    QLMI_VK_CHECK(s.f.CreateCommandPool(s.dev, &cpi, nullptr, &s.cpool), "vkCreateCommandPool");
    vk::CommandBuffer cmds[4];
    vk::CommandBufferAllocateInfo cai{vk::ST_COMMAND_BUFFER_ALLOCATE_INFO, nullptr, s.cpool, vk::CMD_LEVEL_PRIMARY, 4};
    QLMI_VK_CHECK(s.f.AllocateCommandBuffers(s.dev, &cai, cmds), "vkAllocateCommandBuffers");
    s.cmd_logits = cmds[0], s.cmd_nologits = cmds[1], s.cmd_argmax = cmds[2], s.cmd_once = cmds[3];
    vk::FenceCreateInfo fci{vk::ST_FENCE_CREATE_INFO, nullptr, 0};
    QLMI_VK_CHECK(s.f.CreateFence(s.dev, &fci, nullptr, &s.fence), "vkCreateFence");
    const uint32_t n_sets = 3 * (12 * (uint32_t)h.n_layer + 3); // at most 12 dispatches per layer, 3 after
    vk::DescriptorPoolSize ps{vk::DESC_STORAGE_BUFFER, n_sets * 6};
    vk::DescriptorPoolCreateInfo dpi{vk::ST_DESCRIPTOR_POOL_CREATE_INFO, nullptr, 0, n_sets, 1, &ps};
    QLMI_VK_CHECK(s.f.CreateDescriptorPool(s.dev, &dpi, nullptr, &s.dpool), "vkCreateDescriptorPool");

    // Upload: norms (already F32 on the host), matrices as stored, the RoPE table.
    for (size_t l = 0; l < m.layers.size() && r == QLM_OK; l++) {
        const layer_weights& L = m.layers[l];
        const vk_layer_ranges& R = s.layers[l];
        r = vk_upload(c, s, R.attn_norm, 0, L.attn_norm.data(), (size_t)E * 4, err);
        if (r == QLM_OK) r = vk_upload(c, s, R.ffn_norm, 0, L.ffn_norm.data(), (size_t)E * 4, err);
        const struct { const qtensor* t; const vk_range* r; vk::DeviceSize off; } ws[] = {
            {&L.wq, &R.wqkv, 0}, {&L.wk, &R.wqkv, bytes(L.wq)}, {&L.wv, &R.wqkv, bytes(L.wq) + bytes(L.wk)},
            {&L.wo, &R.wo, 0}, {&L.w_gate, &R.wgu, 0}, {&L.w_up, &R.wgu, bytes(L.w_gate)}, {&L.w_down, &R.w_down, 0}};
        for (const auto& w : ws)
            if (r == QLM_OK) r = vk_upload(c, s, *w.r, w.off, w.t->data, (size_t)bytes(*w.t), err);
    }
    if (r == QLM_OK) r = vk_upload(c, s, s.out_norm, 0, m.output_norm.data(), (size_t)E * 4, err);
    if (r == QLM_OK) r = vk_upload(c, s, s.output, 0, m.output.data, (size_t)s.output.size, err);
    if (r == QLM_OK) { // the Hadamard sign flips (unused without rotation)
        std::vector<float> sg = c->kv.rot.sign;
        sg.resize((size_t)HD, 1.0f);
        r = vk_upload(c, s, s.signs, 0, sg.data(), sg.size() * 4, err);
    }
    const size_t mat_bytes = (size_t)(h.n_head_kv * HD * HD * 4); // one layer's matrices of one kind
    for (int l = 0; calibrated && l < h.n_layer; l++)
        for (int which = 0; which < 4 && r == QLM_OK; which++) { // as kv_rotation::apply numbers them
            const kv_rotation& kr = kvc.rot;
            const std::vector<float>& all = which == 0 ? kr.kf : which == 1 ? kr.qf : which == 2 ? kr.vf : kr.vinv;
            r = vk_upload(c, s, s.layers[(size_t)l].rot, (vk::DeviceSize)which * mat_bytes, kr.mat(all, l, 0),
                          mat_bytes, err);
        }
    // cos/sin of pos * inv_freq[i], computed exactly as the CPU's rope_apply does.
    std::vector<float> tab((size_t)(half_rot * 2));
    for (uint32_t pos = 0; pos < c->n_ctx && r == QLM_OK; pos++) {
        for (size_t i = 0; i < (size_t)half_rot; i++) {
            float theta = (float)pos * m.rope_inv_freq[i];
            tab[2 * i] = std::cos(theta);
            tab[2 * i + 1] = std::sin(theta);
        }
        r = vk_upload(c, s, s.rope_tab, (vk::DeviceSize)pos * half_rot * 8, tab.data(), tab.size() * 4, err);
    }
    if (r == QLM_OK) r = vk_flush_copies(c, s, s.staging.buf, s.pending_dst, err);
    if (r == QLM_OK) r = vk_record(c, s, s.cmd_logits, VK_OUT_LOGITS, err);
    if (r == QLM_OK) r = vk_record(c, s, s.cmd_nologits, VK_OUT_NONE, err);
    if (r == QLM_OK) r = vk_record(c, s, s.cmd_argmax, VK_OUT_ARGMAX, err);
    return r;
}

// ---- the backend_ops table ---------------------------------------------------------------------

inline void vk_be_free(qlm_context* c) {
    vk_state* s = static_cast<vk_state*>(c->be_state);
    if (!s) return;
    if (s->dev) {
        for (vk_pipe& P : s->pipes) {
            if (P.pipe) s->f.DestroyPipeline(s->dev, P.pipe, nullptr);
            if (P.layout) s->f.DestroyPipelineLayout(s->dev, P.layout, nullptr);
            if (P.dsl) s->f.DestroyDescriptorSetLayout(s->dev, P.dsl, nullptr);
        }
        if (s->dpool) s->f.DestroyDescriptorPool(s->dev, s->dpool, nullptr);
        if (s->fence) s->f.DestroyFence(s->dev, s->fence, nullptr);
        if (s->cpool) s->f.DestroyCommandPool(s->dev, s->cpool, nullptr);
        for (vk_buffer* b : {&s->weights, &s->kv, &s->scratch, &s->host, &s->staging}) vk_free_buffer(*s, *b);
        s->f.DestroyDevice(s->dev, nullptr);
    }
    if (s->inst) s->f.DestroyInstance(s->inst, nullptr);
#if defined(_WIN32)
    if (s->lib) FreeLibrary(s->lib);
#else
    if (s->lib) dlclose(s->lib);
#endif
    delete s;
    c->be_state = nullptr;
}

inline qlm_result vk_be_init(qlm_context* c, qlm_error* err) {
    vk_state* s = new (std::nothrow) vk_state();
    if (!s) return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    c->be_state = s;
    qlm_result r = vk_init_state(c, *s, err);
    if (r != QLM_OK) {
        vk_be_free(c);
        return r;
    }
    c->log.logf(QLM_LOG_INFO, "vulkan: running on %s (%s reductions), %.1f MiB of weights, %.1f MiB KV cache", s->name,
                s->subgroup ? "subgroup" : "shared-memory", (double)s->weights.size / 1048576.0,
                (double)s->kv.size / 1048576.0);
    return QLM_OK;
}

// forward and forward_argmax: with `argmax`, the tokens that would get logits submit the
// step that leaves only their argmax in host memory.
inline qlm_result vk_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, int32_t* argmax,
                             qlm_error* err) {
    vk_state& s = *static_cast<vk_state*>(c->be_state);
    const qlm_model& m = *c->model;
    for (int t = 0; t < n; t++) {
        if (c->p.cancel && c->p.cancel(c->p.cancel_user))
            return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        embed_row(m, toks[t], reinterpret_cast<float*>(static_cast<uint8_t*>(s.host.map) + s.x_in.off));
        uint32_t pos = (uint32_t)(pos0 + t);
        memcpy(static_cast<uint8_t*>(s.host.map) + s.params.off, &pos, 4);
        const bool all = c->p.logits_all != 0, want = logits && (all || t == n - 1);
        qlm_result r = vk_submit_wait(c, s, !want ? s.cmd_nologits : argmax ? s.cmd_argmax : s.cmd_logits, err);
        if (r != QLM_OK) return r;
        const uint8_t* host = static_cast<const uint8_t*>(s.host.map);
        if (want && argmax)
            memcpy(argmax + (all ? t : 0), host + s.argmax.off, sizeof(int32_t));
        else if (want)
            memcpy(c->logits.p + (all ? (size_t)t * m.hp.n_vocab : 0), host + s.logits.off,
                   (size_t)m.hp.n_vocab * sizeof(float));
    }
    return QLM_OK;
}
inline qlm_result vk_be_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err) {
    return vk_forward(c, toks, n, pos0, logits, nullptr, err);
}
inline qlm_result vk_be_forward_argmax(qlm_context* c, const qlm_token* toks, int n, int pos0, int32_t* out,
                                       qlm_error* err) {
    return vk_forward(c, toks, n, pos0, true, out, err);
}

// The KV cache between the device and c->kv (same parts, same row layout), through the
// staging buffer in chunks: of the main parts the rows of positions [0, n_pos), the sinks
// and the window ring whole (the ring is indexed by position modulo its size).
inline qlm_result vk_kv_copy(qlm_context* c, uint32_t n_pos, bool down) {
    vk_state& s = *static_cast<vk_state*>(c->be_state);
    qlm_error* err = nullptr;
    kv_cache& kv = c->kv;
    for (size_t l = 0; l < s.layers.size(); l++)
        for (int which = 0; which < 2; which++) {
            kv_plane& pl = which ? kv.vp : kv.kp;
            const size_t row = pl.type < 0 ? (size_t)kv.kv_dim * 2 : (size_t)kv.n_head_kv * pl.row_bytes;
            struct { uint8_t* host; size_t bytes; } parts[3] = {
                {pl.type < 0 ? reinterpret_cast<uint8_t*>(pl.f16_row((int)l, 0)) : pl.q_row((int)l, 0, 0),
                 (size_t)n_pos * row},
                {pl.n_sink ? reinterpret_cast<uint8_t*>(pl.sink_row((int)l, 0)) : nullptr,
                 (size_t)pl.n_sink * kv.kv_dim * 2},
                {pl.n_ring ? reinterpret_cast<uint8_t*>(pl.ring_row((int)l, 0)) : nullptr,
                 (size_t)pl.n_ring * kv.kv_dim * 2},
            };
            for (int k = 0; k < 3; k++) {
                const vk_range& R = s.layers[l].part[which][k];
                for (size_t o = 0; o < parts[k].bytes; o += (size_t)s.staging.size) {
                    const size_t n = std::min(parts[k].bytes - o, (size_t)s.staging.size);
                    s.pending.push_back({0, 0, n});
                    if (down) {
                        s.pending.back().srcOffset = R.off + o;
                        qlm_result r = vk_flush_copies(c, s, s.kv.buf, s.staging.buf, err);
                        if (r != QLM_OK) return r;
                        memcpy(parts[k].host + o, s.staging.map, n);
                    } else {
                        memcpy(s.staging.map, parts[k].host + o, n);
                        s.pending.back().dstOffset = R.off + o;
                        qlm_result r = vk_flush_copies(c, s, s.staging.buf, s.kv.buf, err);
                        if (r != QLM_OK) return r;
                    }
                }
            }
        }
    return QLM_OK;
}
inline qlm_result vk_be_kv_download(qlm_context* c, uint32_t n_pos) { return vk_kv_copy(c, n_pos, true); }
inline qlm_result vk_be_kv_upload(qlm_context* c, uint32_t n_pos) { return vk_kv_copy(c, n_pos, false); }

inline const backend_ops& vulkan_backend() {
    static const backend_ops ops = {"vulkan",          vk_be_init,         vk_be_forward, vk_be_forward_argmax,
                                    vk_be_kv_download, vk_be_kv_upload, vk_be_free};
    return ops;
}
#undef QLMI_VK_CHECK
#undef QLMI_VK_FUNCS
#undef QLMI_VKAPI
#endif // QLM_HAS_VULKAN

// backend_attach(), which picks among the backends, is at the end of cuda.h.

} // namespace qlm_detail
#endif
