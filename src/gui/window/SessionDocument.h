// The open session as a document: New, Open, Open Recent, Save and Save As of .relulab files, the
// window title with the file's name and a modified marker (the undo stack's clean state), the
// recent files (QSettings) and the last session, autosaved on close and restored on start.
#pragma once

#include <QObject>
#include <QStringList>

#include "session/ExplorerState.h"
#include "session/SessionFile.h"
#include "session/TrainingSetupBinder.h"

class QMainWindow;
class QMenu;

namespace relulab::gui {

class SettingsUndo;

class SessionDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    // training: the setup model and the run, tied together (sessions restore runs through it).
    SessionDocument(session::ExplorerState *state, session::TrainingSetupBinder *training,
                    QMainWindow *window);

    SettingsUndo *undo() const { return m_undo; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // "" for a session never saved.
    const QString &filePath() const { return m_path; }
    bool isModified() const;
    QStringList recentFiles() const;

    // The whole state as it is now: explorer, training setup, network at its step.
    session::Session current() const;
    // Opens a session file: "" on success, else the first problem and its location. A file that
    // cannot be opened changes nothing.
    QString load(const QString &path);
    // Saves to path: "" on success, else why; a failed save leaves the old file as it was.
    QString saveTo(const QString &path);
    // The defaults, untitled.
    void clear();

    // What the File menu does: ask before dropping changes, show dialogs and messages.
    void newSession();
    void open();
    void openFile(const QString &path);
    bool save();
    bool saveAs();

    // Where the last session is kept between runs (under the application's data directory).
    static QString autosavePath();
    // Restores the session autosaved at the last close, with its file name and modified marker.
    // A broken one is reported on the status bar and the app starts fresh.
    void restoreLast();
    // Keeps the session for the next start; "" or why it could not be written.
    QString autosave();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    bool maybeSave();
    void apply(const session::Session &session);
    void setFilePath(const QString &path);
    void updateTitle();
    QString displayName() const;
    void addRecent(const QString &path);
    void setRecent(const QStringList &files);
    void rebuildRecentMenu();

    session::ExplorerState *m_state;
    session::TrainingSetupBinder *m_training;
    QMainWindow *m_window;
    SettingsUndo *m_undo;
    QMenu *m_recentMenu;
    QString m_path;
};

}  // namespace relulab::gui
