// The core's messages in the interface's language: a message the core made from one of its
// templates (core/CoreMessages.h) is recognised and made again from the translated template.
#pragma once

#include <QString>
#include <string>

namespace relulab::session {

// The message translated under the context "core"; its values (and a message inside it, as in
// "line 3: column 2 is empty") as they are or translated in turn. A message of no known template
// comes back unchanged.
QString translatedCoreMessage(const std::string &message);

}  // namespace relulab::session
