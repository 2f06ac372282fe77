#include "app/Application.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Starts the real window in demo mode (simulated cloud in-process), waits for the live demo fleet
// and saves a screenshot to <build>/screenshots/demo.png for people to look at.
class TestDemoScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoWindowScreenshot();
};

void TestDemoScreenshot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s);
}

void TestDemoScreenshot::demoWindowScreenshot()
{
    Application app(Application::Options{true});
    QVERIFY2(app.start(), qPrintable(app.errorString()));
    MainWindow *window = app.window();
    window->resize(1500, 860);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(app.model().rowCount() >= 10, 30000);
    QCOMPARE(app.fleet().accountIds().size(), 4);
    // Every account answered at least once, so nothing on screen is merely cached.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(app.fleet().accountIds().cbegin(), app.fleet().accountIds().cend(),
                    [&app](const QString &id) { return app.fleet().health(id).lastSuccess.isValid(); }),
        30000);

    // Show the details of a Novita instance, as a user who double-clicked it would.
    for (const QString &key : app.model().keys()) {
        const auto instance = app.model().instance(key);
        if (instance && instance->provider == Provider::Novita
            && instance->status == InstanceStatus::Running) {
            window->selectKeys({key});
            window->showDetails(key);
            QAction *stop = window->findChild<QAction *>(u"stopAction"_s);
            QTRY_VERIFY(stop && stop->isEnabled()); // the toolbar shows what applies to it
            break;
        }
    }
    const QString dir = QStringLiteral(GPUFLEET_BINARY_DIR) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/demo.png"_s;
    QVERIFY(window->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

QTEST_MAIN(TestDemoScreenshot)
#include "tst_demoscreenshot.moc"
