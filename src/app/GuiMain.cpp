#include "app/GuiMain.h"

#include "app/AppIdentity.h"
#include "app/Application.h"
#include "app/SingleInstanceGuard.h"
#include "app/TranslationLoader.h"
#include "cli/CliRunner.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QString helpText()
{
    return QCoreApplication::translate(
               "GuiMain",
               "GPU Fleet: one live table of every GPU instance across fal.ai, Novita AI and Nebula "
               "Block.\n\n"
               "Options:\n"
               "  --demo         open the window on a simulated cloud running inside the app (no keys,\n"
               "                 nothing real is billed)\n"
               "  -h, --help     show this help and exit\n"
               "  -v, --version  show the version and exit\n\n")
        + CliRunner::usage();
}
} // namespace

int runGui(int argc, char *argv[])
{
    // The request-by-request trace is for debugging, not for a desktop session's journal;
    // QT_LOGGING_RULES="gpufleet.*.debug=true" (applied after these rules) turns it back on.
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s);
    const QCommandLineOption minimized(u"minimized"_s); // the autostart entry's; not advertised
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    parser.addOptions({demo, minimized, help, version});
    // --version and --help are answered before QApplication exists: they need no display.
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + u"\n\n"_s + helpText());
        return 2;
    }
    if (parser.isSet(version)) {
        print(stdout, u"gpufleet "_s + QStringLiteral(GPUFLEET_VERSION) + u"\n"_s);
        return 0;
    }
    if (parser.isSet(help)) {
        print(stdout, helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
              QCoreApplication::translate("GuiMain", "Unknown command: %1")
                      .arg(parser.positionalArguments().first())
                  + u"\n\n"_s + helpText());
        return 2;
    }

    QApplication app(argc, argv);
    AppIdentity::apply();
    TranslationLoader::installConfigured();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppIdentity::AppId));
    QApplication::setWindowIcon(QIcon(u":/icons/gpufleet.svg"_s));

    const bool isDemo = parser.isSet(demo);
    // One window per user polls the real accounts; a demo is private and may run beside it.
    SingleInstanceGuard guard;
    if (!isDemo && guard.claim() == SingleInstanceGuard::Role::Secondary)
        return 0;

    Application application(Application::Options{isDemo, parser.isSet(minimized)});
    if (!application.start()) {
        print(stderr, application.errorString() + u"\n"_s);
        return 1;
    }
    QObject::connect(&guard, &SingleInstanceGuard::activationRequested, &application, [&application] {
        MainWindow *window = application.window();
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    return app.exec();
}
