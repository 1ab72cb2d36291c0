// Keys and names of the explorer's functions.
#include "FunctionId.h"

#include <QCoreApplication>

namespace relulab::session {

QString functionKey(FunctionId id)
{
    switch (id) {
        case FunctionId::Relu:
            return QStringLiteral("relu");
        case FunctionId::Leaky:
            return QStringLiteral("leaky");
        case FunctionId::Maxout:
            return QStringLiteral("maxout");
        case FunctionId::Softplus:
            return QStringLiteral("softplus");
        case FunctionId::Elu:
            return QStringLiteral("elu");
        case FunctionId::Gelu:
            return QStringLiteral("gelu");
        case FunctionId::Silu:
            return QStringLiteral("silu");
        case FunctionId::Sigmoid:
            return QStringLiteral("sigmoid");
        case FunctionId::Tanh:
            return QStringLiteral("tanh");
    }
    return {};
}

std::optional<FunctionId> functionFromKey(const QString &key)
{
    for (FunctionId id : kAllFunctions) {
        if (functionKey(id) == key) return id;
    }
    return std::nullopt;
}

QString functionName(FunctionId id)
{
    switch (id) {
        case FunctionId::Relu:
            return QCoreApplication::translate("FunctionId", "ReLU");
        case FunctionId::Leaky:
            return QCoreApplication::translate("FunctionId", "Leaky ReLU");
        case FunctionId::Maxout:
            return QCoreApplication::translate("FunctionId", "Maxout");
        case FunctionId::Softplus:
            return QCoreApplication::translate("FunctionId", "Softplus");
        case FunctionId::Elu:
            return QCoreApplication::translate("FunctionId", "ELU");
        case FunctionId::Gelu:
            return QCoreApplication::translate("FunctionId", "GELU");
        case FunctionId::Silu:
            return QCoreApplication::translate("FunctionId", "SiLU");
        case FunctionId::Sigmoid:
            return QCoreApplication::translate("FunctionId", "Sigmoid");
        case FunctionId::Tanh:
            return QCoreApplication::translate("FunctionId", "Tanh");
    }
    return {};
}

bool isRectifier(FunctionId id)
{
    return id == FunctionId::Relu || id == FunctionId::Leaky || id == FunctionId::Maxout;
}

}  // namespace relulab::session
