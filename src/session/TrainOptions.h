// The options of `relulab train`: the table that drives the parser, the help text and the error
// messages, the help's closing text, and reading the parsed options into a TrainRequest.
#pragma once

#include <QString>
#include <vector>

#include "CommandLine.h"
#include "TrainCommand.h"

namespace relulab::session {

// The most --steps and --log-every accept.
inline constexpr long kMaxTrainSteps = 100000000;

// Every option with its value name, its help (defaults from TrainRequest) and its accepted form.
std::vector<OptionSpec> trainOptionSpecs();
// The help's closing text: the JSON summary's fields, what they mean, and the exit status.
QString trainHelpEpilogue();

// Reads the options cl parsed into r (from --session first, the other options over it), checks
// them and decides whether a session's network is continued; the first problem as a message
// naming the option, or empty.
QString readTrainRequest(const CommandLine &cl, TrainRequest &r);

}  // namespace relulab::session
