// Reading, writing and write-protecting the files a test works with.
#pragma once

#include <QByteArray>
#include <QString>

namespace relulab::test {

// The whole file; empty if it cannot be opened.
QByteArray readAll(const QString &path);

// Replaces the file's contents; false if it could not be opened or not all was written.
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &bytes);

// Makes path unwritable for this process and back: read-only permissions, and for root (whom
// permissions do not stop) the immutable attribute. False when that is not possible here.
[[nodiscard]] bool setUnwritable(const QString &path, bool unwritable);

}  // namespace relulab::test
