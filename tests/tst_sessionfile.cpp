// Tests .relulab session files: exact round trips including the trained network, rejection of
// truncated, corrupt, foreign and wrong-version files with the problem's location, and saves that
// fail cleanly and leave the old file as it was.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <bit>
#include <cmath>

#include <unistd.h>

#include "session/SessionFile.h"
#include "support/Files.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::Session;

using relulab::test::readAll;
using relulab::test::setUnwritable;
using relulab::test::writeFile;

namespace {

QList<quint64> bitsOf(std::span<const double> values)
{
    QList<quint64> bits;
    for (double v : values)
        bits.append(std::bit_cast<quint64>(v));
    return bits;
}

// A session unlike the defaults, with a network trained for some steps of Adam (so every part of
// the state, moments and a mid-epoch batch order included, holds something).
Session trainedSession(long steps = 57,
                       core::HiddenActivation activation = core::HiddenActivation::Prelu)
{
    Session s;
    s.explorer.alpha = 1.0 / 3.0;
    s.explorer.lo = -0.1 - 0.2;
    s.explorer.hi = 7.0 / 3.0;
    s.explorer.pieces = {{0.1, 1e-300}, {-2.0 / 3.0, 5e-324}};
    s.explorer.convention = core::KinkConvention::Right;
    s.explorer.visible = {session::FunctionId::Relu, session::FunctionId::Gelu};
    s.explorer.pinned = {s.explorer.pin(session::FunctionId::Leaky),
                         s.explorer.pin(session::FunctionId::Maxout)};
    s.training.dataset = QStringLiteral("moons");
    s.training.samples = 150;
    s.training.noise = 0.1 + 0.2;
    s.training.config.network.hidden = {5, 3};
    s.training.config.network.activation = activation;
    s.training.config.batchSize = 7;
    s.training.config.learningRate = 0.03 / 3.0;
    s.training.config.seed = 42;
    QString error;
    auto trainer = session::makeTrainer(s.training, nullptr, &error);
    if (!trainer) qFatal("bad test session: %s", qPrintable(error));
    for (long i = 0; i < steps; ++i)
        trainer->step();
    s.network = trainer->state();
    return s;
}

// The document of trainedSession() as a JSON object, for tests that break one part of it.
QJsonObject trainedJson()
{
    return session::sessionToJson(trainedSession());
}

QString errorOf(const QJsonObject &json)
{
    const auto read = session::parseSession(QJsonDocument(json).toJson());
    return read ? QStringLiteral("(accepted)") : read.error;
}

}  // namespace

class tst_SessionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripRestoresStateExactly();
    void loadedNetworkContinuesBitForBit();
    void sessionWithoutNetworkRoundTrips();
    void firstConventionRoundTripsInBothParts();
    void saturatingRunRoundTripsAndContinuesBitForBit_data();
    void saturatingRunRoundTripsAndContinuesBitForBit();
    void fileStartsWithFormatAndVersion();
    void truncatedFileIsRejected_data();
    void truncatedFileIsRejected();
    void syntaxErrorNamesLineAndColumn();
    void emptyFileIsRejected();
    void notAnObjectIsRejected();
    void foreignFormatIsRejected_data();
    void foreignFormatIsRejected();
    void badPartsAreRejectedWithTheirLocation_data();
    void badPartsAreRejectedWithTheirLocation();
    void networkOfAnotherArchitectureIsRejected();
    void hugeParameterArrayIsRejected();
    void missingDirectoryAndOversizedFilesAreRejected();
    void saveIntoMissingDirectoryFailsAndWritesNothing();
    void saveOntoADirectoryFails();
    void saveIntoReadOnlyDirectoryLeavesOldFile();
    void saveOntoReadOnlyFileLeavesOldFile();
    void divergedNetworkIsNotSaved();
};

void tst_SessionFile::roundTripRestoresStateExactly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.relulab"));
    const Session original = trainedSession();
    QCOMPARE(session::writeSessionFile(path, original), QString());
    const auto read = session::readSessionFile(path);
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == original);
    QCOMPARE(bitsOf(read.value->network->parameters), bitsOf(original.network->parameters));
    QCOMPARE(bitsOf(read.value->network->moment2), bitsOf(original.network->moment2));
    QCOMPARE(read.value->network->steps, 57L);
    QCOMPARE(read.value->network->shuffleState, original.network->shuffleState);
    // Saving what was read gives the same bytes.
    QCOMPARE(session::sessionToBytes(*read.value), readAll(path));
}

void tst_SessionFile::loadedNetworkContinuesBitForBit()
{
    const Session saved = trainedSession(57);
    const auto read = session::parseSession(session::sessionToBytes(saved));
    QVERIFY2(read, qPrintable(read.error));
    QString error;
    auto continued = session::makeTrainer(read.value->training, &*read.value->network, &error);
    QVERIFY2(continued, qPrintable(error));
    auto uninterrupted = session::makeTrainer(saved.training, nullptr, &error);
    for (int i = 0; i < 57; ++i)
        uninterrupted->step();
    QCOMPARE(std::bit_cast<quint64>(continued->evaluate().trainLoss),
             std::bit_cast<quint64>(uninterrupted->evaluate().trainLoss));
    for (int i = 0; i < 200; ++i) {
        continued->step();
        uninterrupted->step();
    }
    QCOMPARE(bitsOf(continued->network().parameters()),
             bitsOf(uninterrupted->network().parameters()));
    QVERIFY(continued->state() == uninterrupted->state());
}

void tst_SessionFile::saturatingRunRoundTripsAndContinuesBitForBit_data()
{
    QTest::addColumn<core::HiddenActivation>("activation");
    QTest::addColumn<QString>("key");
    QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid << "sigmoid";
    QTest::newRow("tanh") << core::HiddenActivation::Tanh << "tanh";
}

void tst_SessionFile::saturatingRunRoundTripsAndContinuesBitForBit()
{
    QFETCH(core::HiddenActivation, activation);
    QFETCH(QString, key);
    const Session saved = trainedSession(40, activation);
    const QByteArray bytes = session::sessionToBytes(saved);
    QVERIFY(bytes.contains(QStringLiteral("\"activation\": \"%1\"").arg(key).toUtf8()));
    const auto read = session::parseSession(bytes);
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == saved);
    QCOMPARE(read.value->training.config.network.activation, activation);

    QString error;
    auto continued = session::makeTrainer(read.value->training, &*read.value->network, &error);
    QVERIFY2(continued, qPrintable(error));
    auto uninterrupted = session::makeTrainer(saved.training, nullptr, &error);
    for (int i = 0; i < 40; ++i)
        uninterrupted->step();
    for (int i = 0; i < 60; ++i) {
        continued->step();
        uninterrupted->step();
    }
    QCOMPARE(bitsOf(continued->network().parameters()),
             bitsOf(uninterrupted->network().parameters()));
}

void tst_SessionFile::sessionWithoutNetworkRoundTrips()
{
    Session original = trainedSession();
    original.network.reset();
    const QByteArray bytes = session::sessionToBytes(original);
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("network")));
    const auto read = session::parseSession(bytes);
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == original);
    QVERIFY(!read.value->network);
}

void tst_SessionFile::firstConventionRoundTripsInBothParts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.relulab"));
    Session original = trainedSession();
    original.explorer.convention = core::KinkConvention::First;
    original.training.config.network.convention = core::KinkConvention::First;
    QCOMPARE(session::writeSessionFile(path, original), QString());
    const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    for (const char *part : {"explorer", "training"}) {
        QCOMPARE(json.value(QLatin1String(part))
                     .toObject()
                     .value(QStringLiteral("convention"))
                     .toString(),
                 QStringLiteral("first"));
    }
    const auto read = session::readSessionFile(path);
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == original);
    QCOMPARE(read.value->explorer.convention, core::KinkConvention::First);
    QCOMPARE(read.value->training.config.network.convention, core::KinkConvention::First);
}

void tst_SessionFile::fileStartsWithFormatAndVersion()
{
    const QByteArray bytes = session::sessionToBytes(trainedSession());
    QVERIFY2(bytes.startsWith("{\n    \"format\": \"relulab-session\",\n    \"version\": 2,\n    "
                              "\"explorer\": {\n        \""),
             bytes.left(120).constData());
    QVERIFY(bytes.contains("\n    \"network\": {\n        \""));
    QVERIFY(bytes.endsWith("    }\n}\n"));
    const QJsonObject json = QJsonDocument::fromJson(session::sessionToBytes(Session{})).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("relulab-session"));
    QCOMPARE(json.value(QStringLiteral("version")).toInteger(), 2);
    QVERIFY(json.value(QStringLiteral("explorer")).isObject());
    QVERIFY(json.value(QStringLiteral("training")).isObject());
    QStringList networkKeys = trainedJson().value(QStringLiteral("network")).toObject().keys();
    networkKeys.sort();
    QCOMPARE(networkKeys,
             QStringList({"beta1_power", "beta2_power", "cursor", "examples", "moment1", "moment2",
                          "order", "parameters", "shuffle_state", "step"}));
    QCOMPARE(trainedJson().value(QStringLiteral("network")).toObject().value("step").toInteger(),
             57);
}

void tst_SessionFile::truncatedFileIsRejected_data()
{
    QTest::addColumn<double>("keep");
    QTest::newRow("one byte") << 0.0;
    QTest::newRow("a tenth") << 0.1;
    QTest::newRow("half") << 0.5;
    QTest::newRow("inside the weights") << 0.8;
    QTest::newRow("all but the last byte") << 1.0;
}

void tst_SessionFile::truncatedFileIsRejected()
{
    QFETCH(double, keep);
    const QByteArray whole = session::sessionToBytes(trainedSession());
    const qsizetype n = keep == 0.0   ? 1
                        : keep == 1.0 ? whole.trimmed().size() - 1
                                      : static_cast<qsizetype>(keep * whole.size());
    const QByteArray cut = whole.left(n);
    QVERIFY(session::parseSession(whole));
    const auto read = session::parseSession(cut);
    QVERIFY(!read);
    // Located by line and column: at the last character of what is left.
    const QString line = QStringLiteral("line %1, column ").arg(cut.chopped(1).count('\n') + 1);
    QVERIFY2(read.error.startsWith(line), qPrintable(read.error + QStringLiteral(" / ") + line));
}

void tst_SessionFile::syntaxErrorNamesLineAndColumn()
{
    const QByteArray text =
        "{\n"
        "  \"format\": \"relulab-session\",\n"
        "  \"version\": 1,\n"
        "  \"explorer\": {\"alpha\": 0.1,, \"lo\": -1}\n"
        "}\n";
    const auto read = session::parseSession(text);
    QVERIFY(!read);
    QVERIFY2(read.error.startsWith(QStringLiteral("line 4, column 29: ")), qPrintable(read.error));
}

void tst_SessionFile::emptyFileIsRejected()
{
    QCOMPARE(session::parseSession(QByteArray()).error, QStringLiteral("the file is empty"));
    QCOMPARE(session::parseSession(" \n\t\n").error, QStringLiteral("the file is empty"));
}

void tst_SessionFile::notAnObjectIsRejected()
{
    QCOMPARE(session::parseSession("[1, 2, 3]").error,
             QStringLiteral("the file must hold a JSON object"));
}

void tst_SessionFile::foreignFormatIsRejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no format") << QByteArray(R"({"version": 1})")
                               << "format: is required; this is not a ReLU Lab session";
    QTest::newRow("other format")
        << QByteArray(R"({"format": "plotjuggler-layout", "version": 1})")
        << "format: must be \"relulab-session\"; this is not a ReLU Lab session";
    QTest::newRow("no version") << QByteArray(R"({"format": "relulab-session"})")
                                << "version: is required";
    QTest::newRow("version 3")
        << QByteArray(R"({"format": "relulab-session", "version": 3, "future": {}})")
        << "version: this ReLU Lab reads version 1 to 2 sessions, the file is version 3 (saved by "
           "a newer ReLU Lab?)";
    QTest::newRow("version as text")
        << QByteArray(R"({"format": "relulab-session", "version": "1"})")
        << "version: must be a whole number from 1 to 1000000";
    QTest::newRow("version 0") << QByteArray(R"({"format": "relulab-session", "version": 0})")
                               << "version: must be a whole number from 1 to 1000000";
}

void tst_SessionFile::foreignFormatIsRejected()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(session::parseSession(text).error, error);
}

void tst_SessionFile::badPartsAreRejectedWithTheirLocation_data()
{
    QTest::addColumn<QString>("part");  // a top-level key, "network" or a key inside it
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown top-level key")
        << "notes" << QJsonValue("hello")
        << "notes: unknown key (known: format, version, explorer, training, network, history)";
    QTest::newRow("explorer missing")
        << "explorer" << QJsonValue(QJsonValue::Undefined) << "explorer: is required";
    QTest::newRow("explorer bad") << "explorer" << QJsonValue(QJsonObject{{"alpha", "big"}})
                                  << "explorer.alpha: must be a finite number";
    QTest::newRow("training bad") << "training" << QJsonValue(QJsonObject{{"hidden", 3}})
                                  << "training.hidden: must be an array";
    QTest::newRow("network not an object")
        << "network" << QJsonValue(7) << "network: must be a JSON object";
    QTest::newRow("NaN weight (null)") << "network.parameters.3" << QJsonValue(QJsonValue::Null)
                                       << "network.parameters[3]: must be a finite number";
    QTest::newRow("weight as text") << "network.moment1.0" << QJsonValue("0.5")
                                    << "network.moment1[0]: must be a finite number";
    QTest::newRow("one weight short") << "network.parameters.drop" << QJsonValue()
                                      << "network.parameters: expected 45 numbers, got 44";
    QTest::newRow("step negative") << "network.step" << QJsonValue(-1)
                                   << "network.step: must be a whole number from 0 to "
                                      "9007199254740992";
    QTest::newRow("step missing") << "network.step" << QJsonValue(QJsonValue::Undefined)
                                  << "network.step: is required";
    QTest::newRow("power above one") << "network.beta1_power" << QJsonValue(1.5)
                                     << "network.beta1_power: must be a number in (0, 1]";
    QTest::newRow("order repeats") << "network.order.1" << QJsonValue(0)
                                   << "network.order: must hold every training example once";
    QTest::newRow("order fractional") << "network.order.1" << QJsonValue(0.5)
                                      << "network.order[1]: must be a whole number from 0 to "
                                         "1000000";
    QTest::newRow("cursor beyond the data")
        << "network.cursor" << QJsonValue(121)
        << "network.cursor: must be at most the training set's size";
    QTest::newRow("shuffle state short") << "network.shuffle_state" << QJsonValue("abc")
                                         << "network.shuffle_state: must be 16 hexadecimal digits";
    QTest::newRow("shuffle state as number")
        << "network.shuffle_state" << QJsonValue(12) << "network.shuffle_state: must be a string";
}

void tst_SessionFile::badPartsAreRejectedWithTheirLocation()
{
    QFETCH(QString, part);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject json = trainedJson();
    const QStringList path = part.split(QLatin1Char('.'));
    if (path.size() == 1) {
        if (value.isUndefined())
            json.remove(part);
        else
            json.insert(part, value);
    } else {
        QJsonObject network = json.value(QStringLiteral("network")).toObject();
        if (path.size() == 2) {
            if (value.isUndefined())
                network.remove(path[1]);
            else
                network.insert(path[1], value);
        } else {
            QJsonArray list = network.value(path[1]).toArray();
            if (path[2] == QLatin1String("drop"))
                list.removeLast();
            else
                list.replace(path[2].toInt(), value);
            network.insert(path[1], list);
        }
        json.insert(QStringLiteral("network"), network);
    }
    QCOMPARE(errorOf(json), error);
}

void tst_SessionFile::networkOfAnotherArchitectureIsRejected()
{
    QJsonObject json = trainedJson();
    QJsonObject training = json.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("hidden"), QJsonArray({5, 4}));
    json.insert(QStringLiteral("training"), training);
    QCOMPARE(errorOf(json), QStringLiteral("network.parameters: expected 53 numbers, got 45"));
    // The same weights under another data set: the batch order no longer fits.
    json = trainedJson();
    training = json.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("samples"), 100);
    json.insert(QStringLiteral("training"), training);
    QCOMPARE(errorOf(json),
             QStringLiteral("network.order: expected 80 entries (the training set), got 120"));
}

void tst_SessionFile::hugeParameterArrayIsRejected()
{
    QJsonObject json = trainedJson();
    QJsonObject network = json.value(QStringLiteral("network")).toObject();
    QJsonArray huge;
    for (int i = 0; i < 1000001; ++i)
        huge.append(0.5);
    network.insert(QStringLiteral("parameters"), huge);
    json.insert(QStringLiteral("network"), network);
    QCOMPARE(errorOf(json),
             QStringLiteral("network.parameters: at most 1000000 numbers, got 1000001"));
}

void tst_SessionFile::missingDirectoryAndOversizedFilesAreRejected()
{
    QTemporaryDir dir;
    QCOMPARE(session::readSessionFile(dir.filePath(QStringLiteral("none.relulab"))).error,
             QStringLiteral("the file does not exist"));
    QCOMPARE(session::readSessionFile(dir.path()).error, QStringLiteral("it is a directory"));
    QFile big(dir.filePath(QStringLiteral("big.relulab")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Session::kMaxBytes + 1));  // sparse: no 64 MB actually written
    big.close();
    QCOMPARE(session::readSessionFile(big.fileName()).error,
             QStringLiteral("the file has 67108865 bytes, more than a session can have (at most "
                            "64 MB)"));
}

void tst_SessionFile::saveIntoMissingDirectoryFailsAndWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/a.relulab"));
    const QString error = session::writeSessionFile(path, trainedSession());
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void tst_SessionFile::saveOntoADirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d.relulab")));
    const QString error =
        session::writeSessionFile(dir.filePath(QStringLiteral("d.relulab")), Session{});
    QVERIFY2(error.contains(QStringLiteral("is a directory")), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("d.relulab"))).isDir());
}

void tst_SessionFile::saveIntoReadOnlyDirectoryLeavesOldFile()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(sub));
    const QString path = sub + QStringLiteral("/a.relulab");
    const QByteArray old = session::sessionToBytes(Session{});
    QVERIFY(writeFile(path, old));
    if (!setUnwritable(sub, true)) QSKIP("cannot make a directory read-only here");
    const QString error = session::writeSessionFile(path, trainedSession());
    const QStringList entries = QDir(sub).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    QVERIFY(setUnwritable(sub, false));
    QVERIFY2(!error.isEmpty(), "the save into a read-only directory succeeded");
    QVERIFY2(error.startsWith(QStringLiteral("cannot write '")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries, QStringList({QStringLiteral("a.relulab")}));  // no temporary file left
}

void tst_SessionFile::saveOntoReadOnlyFileLeavesOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.relulab"));
    const QByteArray old = session::sessionToBytes(Session{});
    QVERIFY(writeFile(path, old));
    if (!setUnwritable(path, true)) QSKIP("cannot make a file read-only here");
    const QString error = session::writeSessionFile(path, trainedSession());
    QVERIFY(setUnwritable(path, false));
    QVERIFY2(error.contains(QStringLiteral("is not writable")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList({QStringLiteral("a.relulab")}));
}

void tst_SessionFile::divergedNetworkIsNotSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.relulab"));
    const QByteArray old = session::sessionToBytes(Session{});
    QVERIFY(writeFile(path, old));
    Session diverged = trainedSession();
    diverged.network->parameters[0] = std::nan("");
    QCOMPARE(session::writeSessionFile(path, diverged),
             QStringLiteral("the network's weights are not finite numbers (the run diverged)"));
    QCOMPARE(readAll(path), old);
}

RELULAB_TEST_GUILESS_MAIN(tst_SessionFile)
#include "tst_sessionfile.moc"
