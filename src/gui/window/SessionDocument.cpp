// File handling of sessions in the window: dialogs, messages, recent files and the autosave.
#include "gui/window/SessionDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include "gui/window/SettingsUndo.h"

namespace relulab::gui {

namespace {

const QString kRecentKey = QStringLiteral("session/recentFiles");
const QString kLastFileKey = QStringLiteral("session/lastFile");
const QString kLastModifiedKey = QStringLiteral("session/lastModified");

QString filter()
{
    return QCoreApplication::translate("SessionDocument",
                                       "ReLU Lab sessions (*.relulab);;All files (*)");
}

}  // namespace

SessionDocument::SessionDocument(session::ExplorerState *state,
                                 session::TrainingSetupBinder *training, QMainWindow *window)
    : QObject(window),
      m_state(state),
      m_training(training),
      m_window(window),
      m_undo(new SettingsUndo(state, training->model(), this)),
      m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_undo->stack(), &QUndoStack::cleanChanged, this, &SessionDocument::updateTitle);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        // Files deleted or moved since: out of the list, and say so.
        QStringList kept;
        QStringList gone;
        for (const QString &path : recentFiles())
            (QFileInfo::exists(path) ? kept : gone) << path;
        if (!gone.isEmpty()) {
            setRecent(kept);
            Q_EMIT statusMessage(tr("Removed from Open Recent (no longer there): %1")
                                     .arg(gone.join(QStringLiteral(", "))),
                                 8000);
        }
    });
    rebuildRecentMenu();
    updateTitle();
}

bool SessionDocument::isModified() const
{
    return !m_undo->stack()->isClean();
}

QString SessionDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void SessionDocument::updateTitle()
{
    m_window->setWindowTitle(tr("%1[*] \u2014 ReLU Lab").arg(displayName()));
    m_window->setWindowModified(isModified());
}

void SessionDocument::setFilePath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    updateTitle();
}

session::Session SessionDocument::current() const
{
    session::Session s;
    s.explorer = m_state->settings();
    session::RunState run = m_training->controller()->currentRun();
    s.training = std::move(run.setup);
    s.network = std::move(run.network);
    // A history of the network's own step alone says nothing the network does not: a session
    // opened without one is saved without one.
    if (!(run.history.size() == 1 && run.network && run.history[0].step == run.network->steps))
        s.history = std::move(run.history);
    return s;
}

void SessionDocument::apply(const session::Session &session)
{
    m_undo->applyExplorer(session.explorer);
    // The restored run keeps the convention it was trained with; the next restart takes the
    // explorer's, as always.
    m_training->restoreRun(session.training, session.network, m_state->convention(),
                           session.history);
    m_undo->reset();
}

QString SessionDocument::load(const QString &path)
{
    const auto read = session::readSessionFile(path);
    if (!read) return read.error;
    apply(*read.value);
    setFilePath(path);
    addRecent(m_path);
    Q_EMIT statusMessage(tr("Opened %1").arg(displayName()), 5000);
    return {};
}

QString SessionDocument::saveTo(const QString &path)
{
    session::Session s = current();
    QString note;
    if (s.network && !s.network->isFinite()) {
        // JSON holds no NaN: the setup is kept, the diverged weights are not.
        s.network.reset();
        note = tr(" (without the diverged network: the run starts at step 0 when opened)");
    }
    if (QString error = session::writeSessionFile(path, s); !error.isEmpty()) return error;
    setFilePath(path);
    m_undo->stack()->setClean();
    addRecent(m_path);
    Q_EMIT statusMessage(tr("Saved %1%2").arg(displayName(), note), 8000);
    return {};
}

void SessionDocument::clear()
{
    apply(session::Session{});
    setFilePath(QString());
}

bool SessionDocument::maybeSave()
{
    if (!isModified()) return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void SessionDocument::newSession()
{
    if (!maybeSave()) return;
    clear();
    Q_EMIT statusMessage(tr("New session"), 3000);
}

void SessionDocument::open()
{
    if (!maybeSave()) return;
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open session"), dir, filter());
    if (!path.isEmpty()) openFile(path);
}

void SessionDocument::openFile(const QString &path)
{
    if (const QString error = load(path); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Could not open the session"),
                        tr("%1 was not opened:").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("openFailedMessage"));
        box.setInformativeText(tr("%1\n\nNothing in the open session was changed.").arg(error));
        box.exec();
    }
}

bool SessionDocument::save()
{
    if (m_path.isEmpty()) return saveAs();
    if (const QString error = saveTo(m_path); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could not save the session"),
                             tr("%1 was not saved:\n%2\n\nThe file on disk was left as it was.")
                                 .arg(displayName(), error));
        return false;
    }
    return true;
}

bool SessionDocument::saveAs()
{
    const QString suggested =
        m_path.isEmpty() ? QDir::home().filePath(QStringLiteral("session.relulab")) : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save session"), suggested, filter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + session::Session::kSuffix;
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could not save the session"),
                             tr("%1 was not saved:\n%2\n\nThe file on disk was left as it was.")
                                 .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

QStringList SessionDocument::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void SessionDocument::setRecent(const QStringList &files)
{
    QSettings().setValue(kRecentKey, files.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void SessionDocument::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecent(files);
}

void SessionDocument::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (!QFileInfo::exists(path)) {
                    QStringList files = recentFiles();
                    files.removeAll(path);
                    setRecent(files);
                    QMessageBox::information(
                        m_window, tr("Session not found"),
                        tr("%1 no longer exists; it was removed from Open Recent.").arg(path));
                    return;
                }
                if (maybeSave()) openFile(path);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty()) m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clearList =
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] { setRecent({}); });
    clearList->setToolTip(tr("Forget the recently opened and saved sessions"));
    clearList->setEnabled(!files.isEmpty());
}

QString SessionDocument::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/last-session.relulab");
}

void SessionDocument::restoreLast()
{
    const QString path = autosavePath();
    if (!QFileInfo::exists(path)) return;  // the first start
    const auto read = session::readSessionFile(path);
    if (!read) {
        Q_EMIT statusMessage(
            tr("The last session could not be restored (%1): %2. Started a new one.")
                .arg(QDir::toNativeSeparators(path), read.error),
            0);
        return;
    }
    apply(*read.value);
    QSettings settings;
    const QString document = settings.value(kLastFileKey).toString();
    const bool documentThere = !document.isEmpty() && QFileInfo::exists(document);
    setFilePath(documentThere ? document : QString());
    // Changes not saved to the file before closing are still changes; so is a file gone since.
    if (settings.value(kLastModifiedKey).toBool() || (!document.isEmpty() && !documentThere))
        m_undo->stack()->resetClean();
    updateTitle();
}

QString SessionDocument::autosave()
{
    const QString path = autosavePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("cannot create %1").arg(QFileInfo(path).absolutePath());
    session::Session s = current();
    if (s.network && !s.network->isFinite()) s.network.reset();
    if (QString error = session::writeSessionFile(path, s); !error.isEmpty()) return error;
    QSettings settings;
    settings.setValue(kLastFileKey, m_path);
    settings.setValue(kLastModifiedKey, isModified());
    return {};
}

}  // namespace relulab::gui
