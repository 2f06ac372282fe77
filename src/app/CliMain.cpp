#include "app/CliMain.h"

#include "app/AppIdentity.h"
#include "cli/CliRunner.h"
#include "core/AccountStore.h"
#include "core/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    // Scripts read stdout and stderr: only the command's own output and real warnings belong
    // there. QT_LOGGING_RULES (applied after these rules) still turns the trace back on.
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();

    QFile input;
    // Unbuffered: a buffered QFile would try to fill 16 KiB from a terminal before returning the
    // one line `account add` asks for.
    input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTextStream out(stdout);
    QTextStream err(stderr);
    AccountStore accounts;
    KeychainSecretStore secrets;
    QNetworkAccessManager network;
    CliRunner runner(accounts, secrets, &network, &input, out, err);
    int exitCode = 0;
    QObject::connect(&runner, &CliRunner::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QMetaObject::invokeMethod(
        &runner, [&runner, arguments] { runner.run(arguments); }, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}
