// Fuzz target: the lesson loader (built-in lessons and a teacher's own files in the data
// directory). Any input: no crash, no undefined behaviour, an error that says something; an
// accepted lesson has its title and text (and a teacher's note only if it says something), a
// state the app can show (the same checks the controls apply), and that state written out as a
// session's parts reads back equal.
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

#include "FuzzCheck.h"
#include "session/Lesson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace relulab::session;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const JsonRead<Lesson> read = parseLesson(bytes, QStringLiteral("99-fuzz"));
    if (!read) {
        FUZZ_CHECK(!read.error.isEmpty());
        return 0;
    }
    const Lesson &lesson = *read.value;
    FUZZ_CHECK(lesson.id == QStringLiteral("99-fuzz"));
    FUZZ_CHECK(!lesson.title.trimmed().isEmpty());
    FUZZ_CHECK(!lesson.text.trimmed().isEmpty());
    // The teacher's note is optional, but never there and blank.
    FUZZ_CHECK(lesson.note.isEmpty() || !lesson.note.trimmed().isEmpty());
    FUZZ_CHECK(validateAlpha(lesson.explorer.alpha).isEmpty());
    FUZZ_CHECK(validateRange(lesson.explorer.lo, lesson.explorer.hi).isEmpty());
    FUZZ_CHECK(validatePieces(lesson.explorer.pieces).isEmpty());
    FUZZ_CHECK(lesson.training.validate().isEmpty());
    const auto explorer = explorerFromJson(explorerToJson(lesson.explorer), ExplorerSettings{},
                                           QStringLiteral("explorer"));
    FUZZ_CHECK(explorer && *explorer.value == lesson.explorer);
    const auto training = trainingFromJson(trainingToJson(lesson.training), TrainingSetup{},
                                           QStringLiteral("training"));
    FUZZ_CHECK(training && *training.value == lesson.training);
    return 0;
}
