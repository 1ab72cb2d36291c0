// The functions the explorer can show, with their stable keys (CLI, CSV, session files).
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace relulab::session {

enum class FunctionId { Relu, Leaky, Maxout, Softplus, Elu, Gelu, Silu };

inline constexpr std::array<FunctionId, 7> kAllFunctions = {
    FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout, FunctionId::Softplus,
    FunctionId::Elu,  FunctionId::Gelu,  FunctionId::Silu};
inline constexpr std::array<FunctionId, 3> kRectifiers = {FunctionId::Relu, FunctionId::Leaky,
                                                          FunctionId::Maxout};

// "relu", "leaky", "maxout", "softplus", "elu", "gelu", "silu".
QString functionKey(FunctionId id);
std::optional<FunctionId> functionFromKey(const QString &key);
// Display name, e.g. "Leaky ReLU".
QString functionName(FunctionId id);
bool isRectifier(FunctionId id);

}  // namespace relulab::session
