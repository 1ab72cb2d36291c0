// The manual page relulab(1), written from the same forms and option tables as `relulab --help`,
// `relulab export --help` and `relulab train --help`, so that the page cannot drift from them.
#pragma once

#include <QString>

namespace relulab::session {

// The page in man(7) markup, ASCII only (every other character as a \[uXXXX] escape), dated date
// (YYYY-MM-DD) for ReLU Lab version.
QString relulabManPage(const QString &version, const QString &date);

}  // namespace relulab::session
