// The interface's languages: which one the system's preferences pick, what installing one changes
// (messages, Qt's own dialogs, the interface's numbers), the core's messages translated at the
// session boundary, View > Language, and files and the clipboard's CSV keeping '.' whatever the
// language.
#include <QAction>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

#include "gui/common/Language.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/window/MainWindow.h"
#include "session/CoreMessageText.h"
#include "session/ExplorerText.h"
#include "session/ExportCommand.h"
#include "session/SessionFile.h"
#include "session/TrainingLog.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using relulab::gui::installLanguage;
using relulab::gui::resolveLanguage;

class tst_Translations : public QObject, public relulab::test::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        closeMainWindow();
        relulab::gui::removeTranslations();
        QLocale::setDefault(QLocale::c());
        QSettings().remove(QStringLiteral("appearance"));
    }

    void systemPreferencesPickALanguageTheProgramHas_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QString() << QStringList{"de-DE"} << "de";
        QTest::newRow("Austrian German") << QString() << QStringList{"de-AT", "en-US"} << "de";
        QTest::newRow("Brazilian Portuguese") << QString() << QStringList{"pt-BR"} << "pt_BR";
        QTest::newRow("European Portuguese, then French")
            << QString() << QStringList{"pt-PT", "fr-CA"} << "fr";
        QTest::newRow("Simplified Chinese") << QString() << QStringList{"zh-Hans-CN"} << "zh_CN";
        QTest::newRow("Traditional Chinese") << QString() << QStringList{"zh-Hant-TW"} << "en";
        QTest::newRow("Japanese") << QString() << QStringList{"ja-JP"} << "en";
        QTest::newRow("a choice wins") << "es" << QStringList{"de-DE"} << "es";
        QTest::newRow("an unknown choice") << "xx" << QStringList{"fr-FR"} << "fr";
    }
    void systemPreferencesPickALanguageTheProgramHas()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, preferred);
        QFETCH(QString, language);
        QCOMPARE(resolveLanguage(choice, preferred), language);
    }

    void germanTranslatesMessagesQtsDialogsAndNumbers()
    {
        QVERIFY(installLanguage(QStringLiteral("de")));
        QCOMPARE(relulab::gui::installedLanguage(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("relulab::gui::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("relulab::gui::TrainingPanel", "Learning rate"),
                 QStringLiteral("Lernrate"));
        // Qt's own buttons (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QCOMPARE(relulab::session::formatNumber(-0.25), QStringLiteral("\u22120,25"));
        QCOMPARE(relulab::session::formatNumber(12340.0), QStringLiteral("1,234e4"));

        // English again: no translator, the sources' text.
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("relulab::gui::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(relulab::session::formatNumber(-0.25), QStringLiteral("\u22120.25"));
    }

    void coreMessagesAreTranslatedWithTheirValues_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("nested") << "line 3: 'abc' is not a number"
                                << "Zeile 3: „abc“ ist keine Zahl";
        QTest::newRow("two values") << "line 7: expected 3 numbers, got 2"
                                    << "Zeile 7: erwartet wurden 3 Zahlen, gefunden 2";
        QTest::newRow("a constant") << "learning rate must be > 0"
                                    << "die Lernrate muss > 0 sein";
        // A value that looks like a placeholder stays what it is.
        QTest::newRow("a %2 in a value") << "line 1: '%2' is not a number"
                                         << "Zeile 1: „%2“ ist keine Zahl";
        QTest::newRow("not a core message") << "something else"
                                            << "something else";
    }
    void coreMessagesAreTranslatedWithTheirValues()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(relulab::session::translatedCoreMessage(english.toStdString()), english);
        QVERIFY(installLanguage(QStringLiteral("de")));
        QCOMPARE(relulab::session::translatedCoreMessage(english.toStdString()), german);
    }

    // Files and the command line are for programs: '.' under a German interface too.
    void csvAndJsonKeepTheDecimalPointInGerman()
    {
        QVERIFY(installLanguage(QStringLiteral("de")));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        // On the heap: GCC 12 warns falsely about the defaults' temporaries on the stack at -O1.
        auto session = std::make_unique<relulab::session::Session>();
        relulab::session::ExplorerSettings &settings = session->explorer;
        settings.alpha = 0.25;
        settings.lo = -2.5;
        settings.hi = 2.5;
        settings.samples = 3;
        const QByteArray csv = relulab::session::curvesCsv(settings);
        QVERIFY2(csv.contains("-2.5,0,0,-0.625,0.25,"), csv.constData());
        QVERIFY(!csv.contains("0,25"));

        relulab::session::TrainingLogRow row;
        row.step = 10;
        row.loss = 0.5;
        row.testLoss = 0.75;
        row.accuracy = 0.875;
        row.deadUnits = 1;
        row.deadFraction = 0.125;
        QCOMPARE(relulab::session::trainingLogLine(row), QByteArray("10,0.5,0.75,0.875,1,0.125\n"));

        const QByteArray json = relulab::session::sessionToBytes(*session);
        QVERIFY2(json.contains("\"alpha\": 0.25"), json.constData());
        QVERIFY(!json.contains("0,25"));
    }

    // A window made after German is installed: its menus, plots (what exported figures draw) and
    // lessons in German, the lessons' settings the same as in English.
    void theWindowIsBuiltInTheInstalledLanguage()
    {
        QVERIFY(installLanguage(QStringLiteral("de")));
        QVERIFY(openMainWindow());
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(m_window->plot()->derivativeRect()->axis(QCPAxis::atBottom)->label(),
                 QStringLiteral("z (Präaktivierung)"));
        QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("&Training"));
        const relulab::session::Lesson &lesson = m_window->lessons().at(7);
        QCOMPARE(lesson.id, QStringLiteral("08-dying-negative-bias"));
        QCOMPARE(lesson.title, QStringLiteral("Sterbende ReLU: negativer Bias"));
        QVERIFY(lesson.text.startsWith(QStringLiteral("<p>Jeder verdeckte Bias beginnt bei −1,5")));
        QCOMPARE(lesson.training.config.network.biasInit, -1.5);
    }

    // View > Language: System default and each language named in itself; a choice is kept for the
    // next start, and said so in the language chosen.
    void languageMenuKeepsTheChoiceForTheNextStart()
    {
        QVERIFY(openMainWindow());
        QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction *a : menu->actions())
            if (a->isCheckable()) names << a->text();
        QCOMPARE(names, (QStringList{"System default", "Deutsch", "English", "Español", "Français",
                                     "Português (Brasil)", "简体中文"}));
        const QList<QAction *> actions = menu->actions();
        QAction *german = *std::find_if(actions.begin(), actions.end(), [](QAction *a) {
            return a->text() == QLatin1String("Deutsch");
        });
        german->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("de"));
        QCOMPARE(relulab::gui::savedLanguage(), QStringLiteral("de"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Die Sprache wechselt beim nächsten Start von ReLU Lab."));
        // The interface itself stays as it was until then.
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        actions.at(2)->trigger();  // System default
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    }
};

RELULAB_TEST_MAIN(tst_Translations)
#include "tst_translations.moc"
