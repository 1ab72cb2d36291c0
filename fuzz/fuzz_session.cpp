// Fuzz target: the session-file loader (File > Open, relulab train/export --session). Any input:
// no crash, no undefined behaviour, an error that says something; an accepted session is
// self-consistent: written out again it reads back equal, and its saved network (if any) fits
// its training setup, so continuing the run cannot fail.
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

#include "FuzzCheck.h"
#include "session/SessionFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace relulab::session;
    // parseSession refuses anything over Session::kMaxBytes before parsing; the fuzzer's inputs
    // are far smaller, so every one reaches the JSON reader.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const JsonRead<Session> read = parseSession(bytes);
    if (!read) {
        FUZZ_CHECK(!read.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(read.error.isEmpty());
    const Session &session = *read.value;
    const JsonRead<Session> again = parseSession(sessionToBytes(session));
    FUZZ_CHECK(again);
    FUZZ_CHECK(*again.value == session);
    FUZZ_CHECK(validateAlpha(session.explorer.alpha).isEmpty());
    FUZZ_CHECK(validateRange(session.explorer.lo, session.explorer.hi).isEmpty());
    FUZZ_CHECK(validatePieces(session.explorer.pieces).isEmpty());
    FUZZ_CHECK(session.training.validate().isEmpty());
    // Building the trainer generates the data set: keep that to small ones, so a run of the
    // fuzzer spends its time on parsing.
    if (session.network && session.training.samples <= 2000) {
        QString error;
        FUZZ_CHECK(makeTrainer(session.training, &*session.network, &error) != nullptr);
    }
    return 0;
}
