// The core's messages that reach the window's user, as English templates with %1, %2 for their
// values: marked for lupdate (context "core") and listed, so that the session layer can show them
// in the interface's language (session::translatedCoreMessage) while the core stays free of Qt.
// The command line shows them as they are, in English.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

// Marks a message for lupdate (an alias of QT_TRANSLATE_NOOP, translations/CMakeLists.txt);
// expands to the text itself.
#define RELULAB_TRANSLATE_NOOP(context, text) text

namespace relulab::core::message {

// Reading a CSV of examples (parseDatasetCsv).
inline constexpr const char *kAtLine = RELULAB_TRANSLATE_NOOP("core", "line %1: %2");
inline constexpr const char *kHeaderExpected =
    RELULAB_TRANSLATE_NOOP("core", "expected a header such as 'x1,x2,label' or 'x,y', got numbers");
inline constexpr const char *kColumnsExpected =
    RELULAB_TRANSLATE_NOOP("core", "expected 2 numbers (x,y) or 3 (x1,x2,label), got %1");
inline constexpr const char *kNumbersExpected =
    RELULAB_TRANSLATE_NOOP("core", "expected %1 numbers, got %2");
inline constexpr const char *kEmptyColumn = RELULAB_TRANSLATE_NOOP("core", "column %1 is empty");
inline constexpr const char *kNotANumber = RELULAB_TRANSLATE_NOOP("core", "'%1' is not a number");
inline constexpr const char *kNotAFiniteNumber =
    RELULAB_TRANSLATE_NOOP("core", "'%1' is not a finite number");
inline constexpr const char *kBadLabel =
    RELULAB_TRANSLATE_NOOP("core", "label must be 0 or 1, got '%1'");
inline constexpr const char *kNoRows = RELULAB_TRANSLATE_NOOP("core", "no data rows");
inline constexpr const char *kTooFewExamples =
    RELULAB_TRANSLATE_NOOP("core", "need at least 4 examples, got %1");

// A network or training configuration that does not hold (NetworkConfig and TrainingConfig's
// validate()).
inline constexpr const char *kInputs = RELULAB_TRANSLATE_NOOP("core", "inputs must be 1 or 2");
inline constexpr const char *kClassificationInputs =
    RELULAB_TRANSLATE_NOOP("core", "classification needs 2 inputs");
inline constexpr const char *kRegressionInputs =
    RELULAB_TRANSLATE_NOOP("core", "regression needs 1 input");
inline constexpr const char *kHiddenShape =
    RELULAB_TRANSLATE_NOOP("core", "hidden layers: 1 to 12 layers of 1 to 32 units");
inline constexpr const char *kAlpha = RELULAB_TRANSLATE_NOOP("core", "alpha must be in [0, 1)");
inline constexpr const char *kPieces = RELULAB_TRANSLATE_NOOP("core", "pieces must be 2 to 5");
inline constexpr const char *kBiasInit =
    RELULAB_TRANSLATE_NOOP("core", "bias init must be a finite number");
inline constexpr const char *kLearningRate =
    RELULAB_TRANSLATE_NOOP("core", "learning rate must be > 0");
inline constexpr const char *kBatchSize = RELULAB_TRANSLATE_NOOP("core", "batch size must be >= 1");
inline constexpr const char *kL2 = RELULAB_TRANSLATE_NOOP("core", "l2 must be >= 0");

// Every template above, for the session layer to recognise a message by.
std::span<const char *const> templates();

// The template with %1, %2, ... replaced by the arguments, in order.
std::string fill(std::string_view text, std::initializer_list<std::string> arguments);

}  // namespace relulab::core::message
