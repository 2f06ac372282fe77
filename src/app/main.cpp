#include "app/CliMain.h"
#include "app/GuiMain.h"
#include "cli/CliRunner.h"

#include <QStringList>

// One executable: a CLI subcommand runs headless on QCoreApplication (no display needed);
// anything else opens the window.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CliRunner::isCliCommand(arguments))
        return runCli(argc, argv);
    return runGui(argc, argv);
}
