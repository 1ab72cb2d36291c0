// The main of the merged test executables (see TestRegistry.h): finds the class the first
// argument names and runs it exactly as Qt's QTEST_*MAIN would, the rest of the arguments going to
// Qt Test. The application is named after the test, so that each class keeps settings and
// test-mode directories of its own when CTest runs several at once.
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#endif

#include "support/TestRegistry.h"

namespace relulab::test {
namespace {

struct Entry
{
    TestApp app;
    TestFactory make;
    std::string sourceFile;
};

std::map<std::string, Entry> &registry()
{
    static std::map<std::string, Entry> tests;
    return tests;
}

int usage(const char *program, const char *problem)
{
    std::fprintf(stderr, "%s: %s\nusage: %s TEST [Qt Test options]; TEST is one of:\n", program,
                 problem, program);
    for (const auto &[name, entry] : registry())
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}

int run(const std::string &name, const Entry &entry, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    switch (entry.app) {
        case TestApp::None:
            break;
        case TestApp::Core:
            app = std::make_unique<QCoreApplication>(argc, argv);
            break;
        case TestApp::Widgets:
#if defined(QT_WIDGETS_LIB)
            app = std::make_unique<QApplication>(argc, argv);
            break;
#else
            std::fprintf(stderr, "%s needs QApplication: register it in a widgets executable\n",
                         name.c_str());
            return 2;
#endif
    }
    if (app) {
        app->setAttribute(Qt::AA_Use96Dpi, true);
        QCoreApplication::setApplicationName(QString::fromStdString(name));
    }
    // The interface writes numbers in the default locale (the language ReLU Lab shows, "0,5" in
    // German), and tests compare them: C, whatever the LANG of whoever runs them.
    QLocale::setDefault(QLocale::c());
    std::unique_ptr<QObject> test = entry.make();
    QTest::setMainSourcePath(entry.sourceFile.c_str(), QT_TESTCASE_BUILDDIR);
    return QTest::qExec(test.get(), argc, argv);
}

}  // namespace

bool registerTest(const char *sourceFile, TestApp app, TestFactory make)
{
    // Static initialisation: plain string work, no Qt that wants an application.
    std::string name = sourceFile;
    name.erase(0, name.find_last_of("/\\") + 1);
    name.erase(name.find('.'));
    registry().emplace(name, Entry{app, make, sourceFile});
    return true;
}

}  // namespace relulab::test

int main(int argc, char **argv)
{
    using namespace relulab::test;
    if (argc < 2) return usage(argv[0], "which test?");
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) return usage(argv[0], "no such test");
    // Qt Test sees the program and its own options, as if this were the test's executable.
    std::vector<char *> args{argv[0]};
    args.insert(args.end(), argv + 2, argv + argc);
    args.push_back(nullptr);
    int count = argc - 1;
    return run(found->first, found->second, count, args.data());
}
