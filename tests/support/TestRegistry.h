// Several Qt Test classes in one executable: each tst_<unit>.cpp registers its class with one of
// the RELULAB_TEST_*MAIN macros (in place of Qt's QTEST_*MAIN), and the shared main (TestMain.cpp)
// runs the class its first argument names, e.g. `tst_gui tst_trainingtab -v2`. CTest runs every
// class as a process of its own, as before; the build links three executables instead of forty.
#pragma once

#include <QObject>
#include <memory>

namespace relulab::test {

// The application a test class runs in, as Qt's main macros make it.
enum class TestApp {
    None,     // QTEST_APPLESS_MAIN: no application object
    Core,     // QTEST_GUILESS_MAIN: QCoreApplication
    Widgets,  // QTEST_MAIN in a widgets test: QApplication
};

using TestFactory = std::unique_ptr<QObject> (*)();

// Registers a class under its file's name without directory and suffix ("tst_trainingtab" for
// .../tests/tst_trainingtab.cpp); returns true so that a static can hold the result.
bool registerTest(const char *sourceFile, TestApp app, TestFactory make);

}  // namespace relulab::test

#define RELULAB_TEST_REGISTER(TestObject, app)                                              \
    static const bool relulab_test_registered_##TestObject = ::relulab::test::registerTest( \
        __FILE__, app,                                                                      \
        []() -> std::unique_ptr<QObject> { return std::make_unique<TestObject>(); });

#define RELULAB_TEST_APPLESS_MAIN(TestObject) \
    RELULAB_TEST_REGISTER(TestObject, ::relulab::test::TestApp::None)
#define RELULAB_TEST_GUILESS_MAIN(TestObject) \
    RELULAB_TEST_REGISTER(TestObject, ::relulab::test::TestApp::Core)
#define RELULAB_TEST_MAIN(TestObject) \
    RELULAB_TEST_REGISTER(TestObject, ::relulab::test::TestApp::Widgets)
