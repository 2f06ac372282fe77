#include "app/AppIdentity.h"
#include "app/SingleInstanceGuard.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

class TestSingleInstanceGuard : public QObject
{
    Q_OBJECT

private:
    // A fresh server name per test, so parallel runs and leftovers never meet.
    QString uniqueName() const
    {
        return u"gpufleet-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    }

private slots:
    void secondLaunchActivatesTheFirst_data()
    {
        QTest::addColumn<bool>("absolutePath");
        QTest::newRow("name in the temporary folder") << false;
        QTest::newRow("socket path (runtime dir)") << true;
    }

    void secondLaunchActivatesTheFirst()
    {
        QFETCH(bool, absolutePath);
        QTemporaryDir dir;
        const QString name = absolutePath ? dir.filePath(u"app/gpufleet.socket"_s) : uniqueName();
        SingleInstanceGuard first(name);
        QSignalSpy activated(&first, &SingleInstanceGuard::activationRequested);
        QCOMPARE(first.claim(), SingleInstanceGuard::Role::Primary);
        QCOMPARE(first.role(), SingleInstanceGuard::Role::Primary);

        SingleInstanceGuard second(name);
        QCOMPARE(second.claim(), SingleInstanceGuard::Role::Secondary);
        QTRY_COMPARE(activated.count(), 1);

        SingleInstanceGuard third(name);
        QCOMPARE(third.claim(), SingleInstanceGuard::Role::Secondary);
        QTRY_COMPARE(activated.count(), 2);
        QCOMPARE(second.claim(), SingleInstanceGuard::Role::Secondary); // asked again: no new launch
    }

    void nextLaunchAfterQuitIsPrimary()
    {
        const QString name = uniqueName();
        auto first = std::make_unique<SingleInstanceGuard>(name);
        QCOMPARE(first->claim(), SingleInstanceGuard::Role::Primary);
        first.reset();

        SingleInstanceGuard next(name);
        QCOMPARE(next.claim(), SingleInstanceGuard::Role::Primary);
    }

    void staleSocketIsTakenOver()
    {
#ifdef Q_OS_UNIX
        // What a crashed instance leaves behind: a socket file nobody listens on.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stale.socket"_s);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(path));

        SingleInstanceGuard guard(path);
        QSignalSpy activated(&guard, &SingleInstanceGuard::activationRequested);
        QCOMPARE(guard.claim(), SingleInstanceGuard::Role::Primary);
        SingleInstanceGuard second(path);
        QCOMPARE(second.claim(), SingleInstanceGuard::Role::Secondary);
        QTRY_COMPARE(activated.count(), 1);
#else
        QSKIP("Unix sockets only");
#endif
    }

    void otherMessagesAreIgnored()
    {
        const QString name = uniqueName();
        SingleInstanceGuard first(name);
        QSignalSpy activated(&first, &SingleInstanceGuard::activationRequested);
        QCOMPARE(first.claim(), SingleInstanceGuard::Role::Primary);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unexpected message"_s));
        QLocalSocket stranger;
        stranger.connectToServer(name);
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write("open /etc/passwd\n");
        QVERIFY(stranger.waitForBytesWritten(2000));
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState); // the guard hangs up

        QLocalSocket silent;
        silent.connectToServer(name);
        QVERIFY(silent.waitForConnected(2000));
        silent.disconnectFromServer();

        SingleInstanceGuard second(name);
        QCOMPARE(second.claim(), SingleInstanceGuard::Role::Secondary);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.count(), 1);
    }

    void defaultNameIsPerUserAndOverridable()
    {
        qunsetenv(SingleInstanceGuard::ServerNameVariable);
        const QString name = SingleInstanceGuard::defaultServerName();
        QVERIFY2(name.contains(QString::fromLatin1(AppIdentity::AppId)), qPrintable(name));
#ifdef Q_OS_UNIX
        QVERIFY2(name.contains(u'-' + QString::number(::getuid())), qPrintable(name));
#endif
        qputenv(SingleInstanceGuard::ServerNameVariable, "gpufleet-test-override");
        QCOMPARE(SingleInstanceGuard::defaultServerName(), u"gpufleet-test-override"_s);
        QCOMPARE(SingleInstanceGuard().serverName(), u"gpufleet-test-override"_s);
        qunsetenv(SingleInstanceGuard::ServerNameVariable);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstanceGuard)
#include "tst_singleinstanceguard.moc"
