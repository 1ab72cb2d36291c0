// Names of the kink conventions as used on the command line and in session files.
#include "KinkConvention.h"

namespace relulab::core {

std::string_view conventionName(KinkConvention c)
{
    switch (c) {
        case KinkConvention::Left:
            return "left";
        case KinkConvention::Right:
            return "right";
        case KinkConvention::Mean:
            return "mean";
        case KinkConvention::First:
            return "first";
    }
    return "left";
}

std::optional<KinkConvention> parseConvention(std::string_view text)
{
    if (text == "left") return KinkConvention::Left;
    if (text == "right") return KinkConvention::Right;
    if (text == "mean") return KinkConvention::Mean;
    if (text == "first") return KinkConvention::First;
    return std::nullopt;
}

}  // namespace relulab::core
