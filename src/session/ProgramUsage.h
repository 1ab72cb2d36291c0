// The ways `relulab` is started: behind `relulab --help` and the man page's synopsis, so the two
// list the same forms.
#pragma once

#include <QString>
#include <vector>

namespace relulab::session {

// One way to start the program: "relulab export" with "[options]", and what it does.
struct UsageForm
{
    QString command;    // "relulab", "relulab export"
    QString arguments;  // "[options]", "FILE.relulab", "--help | --version"
    QString purpose;    // "write curves (CSV) and figures (PNG, SVG, PDF) headless"
};

// In the order `relulab --help` lists them.
std::vector<UsageForm> programUsageForms();

// `relulab --help`: the forms, aligned, then where each command's options are listed.
QString programHelpText();

}  // namespace relulab::session
