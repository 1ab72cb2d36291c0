// Loading the interface's translations: the program's from its resources, Qt's from the system.
#include "gui/common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

// The compiled translations are resources of a static library: they have to be referred to.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace relulab::gui {

namespace {

const QString kLanguageKey = QStringLiteral("appearance/language");

// The translators installed now, owned by the application.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

QString &installedCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

bool install(const QString &file, const QString &directory = QString())
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
    return true;
}

}  // namespace

const std::vector<InterfaceLanguage> &interfaceLanguages()
{
    // Names in the language itself, never translated: whoever cannot read the interface finds
    // their own language by its name.
    static const std::vector<InterfaceLanguage> languages = {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString resolveLanguage(const QString &choice, const QStringList &preferred)
{
    const auto &languages = interfaceLanguages();
    const auto known = [&languages](const QString &code) {
        return std::any_of(languages.begin(), languages.end(),
                           [&code](const InterfaceLanguage &l) { return l.code == code; });
    };
    if (known(choice)) return choice;
    for (QString name : preferred) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        // "pt_BR" as it is; "de_AT" and "fr_CA" by their language; "zh_Hans_CN" is simplified
        // Chinese, as is "zh_CN".
        const QLocale locale(name);
        if (locale.language() == QLocale::Chinese) {
            if (locale.script() == QLocale::TraditionalChineseScript) continue;
            return QStringLiteral("zh_CN");
        }
        if (locale.language() == QLocale::Portuguese && locale.territory() == QLocale::Brazil)
            return QStringLiteral("pt_BR");
        const QString language = name.section(QLatin1Char('_'), 0, 0);
        if (language != QLatin1String("pt") && known(language)) return language;
    }
    return QStringLiteral("en");
}

void removeTranslations()
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (!translator) continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

bool installLanguage(const QString &code)
{
    initTranslationResources();
    removeTranslations();
    installedCode() = code;
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en")) return true;
    // Qt's own (standard dialogs, context menus of text fields); missing ones are no error.
    install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(QStringLiteral(":/i18n/relulab_") + code);
}

QString installedLanguage()
{
    return installedCode();
}

bool installTranslationFile(const QString &qmPath)
{
    removeTranslations();
    return install(qmPath);
}

}  // namespace relulab::gui
