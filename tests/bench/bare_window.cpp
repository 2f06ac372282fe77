// The startup baseline of issue #8, target 5: an empty QMainWindow, linked with Qt Widgets only.
// Prints "SHOWN <monotonic ns>" once its first frame is painted, then exits.
#include "ShownProbe.h"

#include <QApplication>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1400, 820); // the size MainWindow.ui gives the real window
    ShownProbe probe(0, [](qint64 ns) {
        std::printf("SHOWN %lld\n", static_cast<long long>(ns));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
