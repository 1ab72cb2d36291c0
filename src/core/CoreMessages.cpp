// The list of the core's user-facing message templates, and filling them in.
#include "CoreMessages.h"

#include <array>

namespace relulab::core::message {

std::span<const char *const> templates()
{
    static constexpr std::array kTemplates = {kAtLine,
                                              kHeaderExpected,
                                              kColumnsExpected,
                                              kNumbersExpected,
                                              kEmptyColumn,
                                              kNotANumber,
                                              kNotAFiniteNumber,
                                              kBadLabel,
                                              kNoRows,
                                              kTooFewExamples,
                                              kInputs,
                                              kClassificationInputs,
                                              kRegressionInputs,
                                              kHiddenShape,
                                              kAlpha,
                                              kPieces,
                                              kBiasInit,
                                              kLearningRate,
                                              kBatchSize,
                                              kL2};
    return kTemplates;
}

std::string fill(std::string_view text, std::initializer_list<std::string> arguments)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const size_t index = i + 1 < text.size() ? static_cast<size_t>(text[i + 1] - '1') : 9;
        if (text[i] == '%' && index < arguments.size()) {
            out += *(arguments.begin() + index);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace relulab::core::message
