// The functions the explorer can show, with their stable keys (CLI, CSV, session files).
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace relulab::session {

enum class FunctionId { Relu, Leaky, Maxout, Softplus, Elu, Gelu, Silu, Sigmoid, Tanh };

// New functions go at the end: this order is the order of legends, menus and saved lists.
inline constexpr std::array<FunctionId, 9> kAllFunctions = {
    FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout,  FunctionId::Softplus, FunctionId::Elu,
    FunctionId::Gelu, FunctionId::Silu,  FunctionId::Sigmoid, FunctionId::Tanh};
inline constexpr std::array<FunctionId, 3> kRectifiers = {FunctionId::Relu, FunctionId::Leaky,
                                                          FunctionId::Maxout};

// "relu", "leaky", "maxout", "softplus", "elu", "gelu", "silu", "sigmoid", "tanh".
QString functionKey(FunctionId id);
std::optional<FunctionId> functionFromKey(const QString &key);
// Display name, e.g. "Leaky ReLU".
QString functionName(FunctionId id);
bool isRectifier(FunctionId id);

}  // namespace relulab::session
