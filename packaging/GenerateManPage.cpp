// Build-time tool: writes relulab(1) from the program's own forms and option tables (see
// session/ManPage.h), so the installed page always lists the options `--help` lists.
#include <QString>
#include <cstdio>

#include "session/CommandLine.h"
#include "session/ManPage.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("Usage: relulab_manpage OUTPUT.1\n", stderr);
        return 2;
    }
    const QString page = relulab::session::relulabManPage(QStringLiteral(RELULAB_VERSION),
                                                          QStringLiteral(RELULAB_RELEASE_DATE));
    const QString error =
        relulab::session::writeAtomically(QString::fromLocal8Bit(argv[1]), page.toUtf8());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "relulab_manpage: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
