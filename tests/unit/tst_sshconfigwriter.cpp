#include "fleet/SshConfigWriter.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto Mode600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto Mode700 = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Owner, group and other bits only (QFileInfo also reports the ReadUser/... duplicates).
QFileDevice::Permissions modeOf(const QString &path)
{
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo(path).permissions() & all;
}

Instance running(const QString &account, const QString &id, const QString &name, const QString &host,
                 int port, const QString &user = u"root"_s)
{
    Instance instance;
    instance.provider = Provider::Novita;
    instance.accountId = account;
    instance.id = id;
    instance.name = name;
    instance.status = InstanceStatus::Running;
    instance.sshHost = host;
    instance.sshPort = port;
    instance.sshUser = user;
    return instance;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool appendAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(content) == content.size();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestSshConfigWriter : public QObject
{
    Q_OBJECT

private:
    // What OpenSSH itself makes of `alias` with the temp ~/.ssh/config, as "key value" lines.
    QHash<QString, QString> sshResolve(const SshConfigWriter &writer, const QString &alias)
    {
        return TestSupport::sshResolve(writer.homeDir(), writer.userConfigPath(), alias);
    }

    QHash<QString, QString> m_labels{{u"acc-1"_s, u"novita main"_s}, {u"acc-2"_s, u"fal"_s}};

private slots:
    void includeIsAddedExactlyOnce()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writeAll(writer.userConfigPath(), "Host build\n    HostName build.example.org\n"));
        QVERIFY(!writer.hasInclude());

        QVERIFY(writer.ensureInclude());
        QVERIFY(writer.hasInclude());
        const QByteArray once = readAll(writer.userConfigPath());
        QVERIFY(writer.ensureInclude());
        QCOMPARE(readAll(writer.userConfigPath()), once);
        QCOMPARE(once.count("Include "), 1);
        QVERIFY(once.startsWith(QByteArray(writer.includeLine().toUtf8() + '\n')));
        // A temporary home is not the one ssh expands "~" to, so the path is spelled out.
        QCOMPARE(writer.includeLine(), u"Include "_s + writer.managedConfigPath());
    }

    void includeUsesTildeForTheRealHome()
    {
        // Only the text is checked: nothing is written to the real home.
        const SshConfigWriter writer;
        QCOMPARE(writer.includeLine(), u"Include ~/.ssh/gpufleet/config"_s);
    }

    void userContentIsPreservedByteForByte_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::newRow("no trailing newline") << QByteArray("Host a\n  User alice") << QByteArray("\n");
        QTest::newRow("crlf") << QByteArray("# mine\r\nHost a\r\n\tUser alice\r\n\r\n") << QByteArray("\r\n");
        QTest::newRow("comments and tabs")
            << QByteArray("# keep me   \n\n\tHost=a  # trailing\n\tPort 2200\n\n\n") << QByteArray("\n");
        QTest::newRow("empty file") << QByteArray() << QByteArray("\n");
        QTest::newRow("utf-8 and odd bytes") << QByteArray("# Größe \xff\xfe\nHost ü\n") << QByteArray("\n");
    }

    void userContentIsPreservedByteForByte()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, lineBreak);
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writeAll(writer.userConfigPath(), original));

        QVERIFY(writer.ensureInclude());
        QCOMPARE(readAll(writer.userConfigPath()), writer.includeLine().toUtf8() + lineBreak + original);

        QVERIFY(writer.removeInclude());
        QCOMPARE(readAll(writer.userConfigPath()), original);
        QVERIFY(writer.removeInclude());
        QCOMPARE(readAll(writer.userConfigPath()), original);
    }

    void byteOrderMarkStaysFirst()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        const QByteArray original("\xEF\xBB\xBFHost a\n");
        QVERIFY(writeAll(writer.userConfigPath(), original));
        QVERIFY(writer.ensureInclude());
        QCOMPARE(readAll(writer.userConfigPath()),
                 "\xEF\xBB\xBF" + writer.includeLine().toUtf8() + "\nHost a\n");
        QVERIFY(writer.hasInclude());
        QVERIFY(writer.removeInclude());
        QCOMPARE(readAll(writer.userConfigPath()), original);
    }

    void existingEquivalentIncludeIsDetected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("equivalent");
        QTest::newRow("tilde") << QByteArray("Include ~/.ssh/gpufleet/config\n") << true;
        QTest::newRow("relative, = form") << QByteArray("include=gpufleet/config\n") << true;
        QTest::newRow("glob, quoted, later line")
            << QByteArray("# x\nInclude \"gpufleet/*\" other\n") << true;
        QTest::newRow("inside Host *") << QByteArray("Host *\n  Include ~/.ssh/gpufleet/config\n") << true;
        QTest::newRow("inside Match all") << QByteArray("Match all\n  Include gpufleet/config\n") << true;
        QTest::newRow("only for one host")
            << QByteArray("Host box\n  Include ~/.ssh/gpufleet/config\n") << false;
        QTest::newRow("commented out") << QByteArray("#Include ~/.ssh/gpufleet/config\n") << false;
        QTest::newRow("another file") << QByteArray("Include ~/.ssh/gpufleet/config.bak\n") << false;
    }

    void existingEquivalentIncludeIsDetected()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, equivalent);
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writeAll(writer.userConfigPath(), content));
        QCOMPARE(writer.hasInclude(), equivalent);
        QVERIFY(writer.ensureInclude());
        const QByteArray after = readAll(writer.userConfigPath());
        QCOMPARE(after == content, equivalent);
        QVERIFY(writer.hasInclude());
    }

    void missingConfigIsCreatedPrivate()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writer.ensureInclude());
        QCOMPARE(readAll(writer.userConfigPath()), writer.includeLine().toUtf8() + '\n');
        QCOMPARE(modeOf(writer.userConfigPath()), Mode600);
        QCOMPARE(modeOf(home.filePath(u".ssh"_s)), Mode700);
    }

    void existingModeAndSymlinkAreKept()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        const QString target = home.filePath(u"dotfiles/ssh_config"_s);
        QVERIFY(writeAll(target, "Host a\n"));
        QVERIFY(QFile::setPermissions(target, Mode600 | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QDir().mkpath(home.filePath(u".ssh"_s)));
        QVERIFY(QFile::link(target, writer.userConfigPath()));

        QVERIFY(writer.ensureInclude());
        QVERIFY(QFileInfo(writer.userConfigPath()).isSymLink());
        QCOMPARE(readAll(target), writer.includeLine().toUtf8() + "\nHost a\n");
        QCOMPARE(modeOf(target), Mode600 | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    void entriesFollowTheInstances()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        const Instance a = running(u"acc-1"_s, u"i-1"_s, u"trainer"_s, u"203.0.113.7"_s, 31022);
        const Instance b = running(u"acc-2"_s, u"f-9"_s, QString(), u"gpu.example.net"_s, 22, u"ubuntu"_s);
        QVERIFY(writer.update({a, b}, m_labels, {{b.key(), home.filePath(u"keys/id ed25519"_s)}}));

        QString text = QString::fromUtf8(readAll(writer.managedConfigPath()));
        QVERIFY(text.contains(
            u"\nHost novita-main-trainer\n    HostName 203.0.113.7\n    User root\n    Port 31022\n"_s));
        QVERIFY(text.contains(u"\nHost fal-f-9\n"_s));
        QVERIFY(text.contains(u"    IdentityFile \""_s + home.filePath(u"keys/id ed25519"_s) + u"\"\n"_s));
        QVERIFY(text.contains(u"    UserKnownHostsFile "_s + writer.knownHostsDir() + u"/fal-f-9\n"_s));
        QCOMPARE(text.count(u"StrictHostKeyChecking accept-new"_s), 2);
        QCOMPARE(modeOf(writer.managedConfigPath()), Mode600);
        QCOMPARE(modeOf(writer.managedDir()), Mode700);
        QCOMPARE(modeOf(writer.knownHostsDir()), Mode700);

        // Each instance's file names its owner; ssh appends the keys it accepts.
        const QString trainerHosts = writer.knownHostsDir() + u"/novita-main-trainer"_s;
        QCOMPARE(readAll(trainerHosts), "# GPU Fleet: host keys of instance acc-1/i-1\n");
        QCOMPARE(modeOf(trainerHosts), Mode600);
        QVERIFY(appendAll(trainerHosts, "[203.0.113.7]:31022 ssh-ed25519 AAAA\n"));
        QVERIFY(appendAll(writer.knownHostsDir() + u"/fal-f-9"_s, "gpu.example.net ssh-ed25519 AAAA\n"));

        // b goes away: its entry and its host keys go; a keeps what ssh recorded.
        QVERIFY(writer.update({a}, m_labels));
        text = QString::fromUtf8(readAll(writer.managedConfigPath()));
        QVERIFY(text.contains(u"Host novita-main-trainer\n"_s));
        QVERIFY(!text.contains(u"fal-f-9"_s));
        QVERIFY(readAll(trainerHosts).endsWith("[203.0.113.7]:31022 ssh-ed25519 AAAA\n"));
        QVERIFY(!QFileInfo::exists(writer.knownHostsDir() + u"/fal-f-9"_s));

        // a is replaced by a new instance of the same name on a recycled address: same alias,
        // but the old instance's host key must not make ssh refuse the new one.
        const Instance successor = running(u"acc-1"_s, u"i-2"_s, u"trainer"_s, u"203.0.113.7"_s, 31022);
        QVERIFY(writer.update({successor}, m_labels));
        QCOMPARE(readAll(trainerHosts), "# GPU Fleet: host keys of instance acc-1/i-2\n");
        QVERIFY(writer.update({a}, m_labels));

        // A stopped instance is not reachable: its entry goes too.
        Instance stopped = a;
        stopped.status = InstanceStatus::Stopped;
        QVERIFY(writer.update({stopped}, m_labels));
        QVERIFY(!readAll(writer.managedConfigPath()).contains("Host "));
        QVERIFY(!QFileInfo::exists(writer.knownHostsDir() + u"/novita-main-trainer"_s));
    }

    void aliasesAreSanitisedAndUnique()
    {
        QCOMPARE(SshConfigWriter::sanitise(u"My  GPU/box #1"_s), u"My-GPU-box-1"_s);
        QCOMPARE(SshConfigWriter::sanitise(u"--.x"_s), u"x"_s);
        QCOMPARE(SshConfigWriter::sanitise(u"Größe"_s), u"Gr-e"_s);
        const QList<Instance> twins{running(u"acc-1"_s, u"b-2"_s, u"same"_s, u"10.0.0.2"_s, 22),
                                    running(u"acc-1"_s, u"a-1"_s, u"same"_s, u"10.0.0.1"_s, 22)};
        const auto entries = SshConfigWriter::entriesFor(twins, m_labels);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).alias, u"novita-main-same"_s);
        QCOMPARE(entries.at(0).hostName, u"10.0.0.1"_s);
        QCOMPARE(entries.at(1).alias, u"novita-main-same-b-2"_s);

        // The older instance keeps the plain alias, whatever the ids.
        QList<Instance> aged = twins;
        aged[0].createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        aged[1].createdAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        const auto byAge = SshConfigWriter::entriesFor(aged, m_labels);
        QCOMPARE(byAge.at(0).alias, u"novita-main-same"_s);
        QCOMPARE(byAge.at(0).hostName, u"10.0.0.2"_s);
        QCOMPARE(byAge.at(1).alias, u"novita-main-same-a-1"_s);
    }

    void unsafeValuesNeverReachTheFile_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::newRow("newline in host") << u"1.2.3.4\nProxyCommand touch /tmp/x"_s << u"root"_s << 22;
        QTest::newRow("space in host") << u"1.2.3.4 ProxyCommand=x"_s << u"root"_s << 22;
        QTest::newRow("option-like host") << u"-oProxyCommand=x"_s << u"root"_s << 22;
        QTest::newRow("space in user") << u"1.2.3.4"_s << u"root ProxyJump"_s << 22;
        QTest::newRow("quote in user") << u"1.2.3.4"_s << u"ro\"ot"_s << 22;
        QTest::newRow("port too large") << u"1.2.3.4"_s << u"root"_s << 70000;
    }

    void unsafeValuesNeverReachTheFile()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(int, port);
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not writing an ssh alias for instance"_s));
        QVERIFY(writer.update({running(u"acc-1"_s, u"x"_s, u"evil"_s, host, port, user),
                               running(u"acc-1"_s, u"y"_s, u"good"_s, u"10.1.1.1"_s, 22)},
                              m_labels));
        const QByteArray text = readAll(writer.managedConfigPath());
        QVERIFY(text.contains("Host novita-main-good\n"));
        QVERIFY(!text.contains("evil"));
        QVERIFY(!text.contains("ProxyCommand"));
        QVERIFY(!text.contains("ProxyJump"));
    }

    void sshResolvesTheAliases()
    {
        if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            QSKIP("OpenSSH client not installed");
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writeAll(writer.userConfigPath(), "Host *\n    ServerAliveInterval 30\n    User nobody\n"));
        QVERIFY(
            writer.update({running(u"acc-1"_s, u"i-1"_s, u"trainer"_s, u"203.0.113.7"_s, 31022),
                           running(u"acc-2"_s, u"f-9"_s, u"box"_s, u"gpu.example.net"_s, 22, u"ubuntu"_s)},
                          m_labels));
        QVERIFY(writer.ensureInclude());
        QVERIFY(writer.hostStarRulesAbove().isEmpty());

        auto values = sshResolve(writer, u"novita-main-trainer"_s);
        QCOMPARE(values.value(u"hostname"_s), u"203.0.113.7"_s);
        QCOMPARE(values.value(u"user"_s), u"root"_s);
        QCOMPARE(values.value(u"port"_s), u"31022"_s);
        QCOMPARE(values.value(u"stricthostkeychecking"_s), u"accept-new"_s);
        QVERIFY(values.value(u"userknownhostsfile"_s)
                    .startsWith(writer.knownHostsDir() + u"/novita-main-trainer"_s));
        QCOMPARE(values.value(u"serveraliveinterval"_s), u"30"_s); // the user's own rules still apply

        values = sshResolve(writer, u"fal-box"_s);
        QCOMPARE(values.value(u"hostname"_s), u"gpu.example.net"_s);
        QCOMPARE(values.value(u"user"_s), u"ubuntu"_s);
        QCOMPARE(values.value(u"port"_s), u"22"_s);

        // Gone from the list, gone for ssh.
        QVERIFY(writer.update({}, m_labels));
        QCOMPARE(sshResolve(writer, u"fal-box"_s).value(u"hostname"_s), u"fal-box"_s);
    }

    void hostStarAboveTheIncludeIsReported()
    {
        QTemporaryDir home;
        SshConfigWriter writer(home.path());
        QVERIFY(writer.hostStarRulesAbove().isEmpty()); // no config, no Include
        const QByteArray content = "User topuser\n"
                                   "Host work\n    Port 2222\n"
                                   "Host *\n    ForwardAgent no\n    User everyone\n    port 2200\n"
                                   "Match all\n    HostName proxy.example.org\n"
                                   "Host *\n    Include "
            + writer.managedConfigPath().toUtf8() + "\nHost *\n    User later\n";
        QVERIFY(writeAll(writer.userConfigPath(), content));
        QVERIFY(writer.hasInclude());
        const auto rules = writer.hostStarRulesAbove();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules.at(0).header, QString());
        QCOMPARE(rules.at(0).line, 1);
        QCOMPARE(rules.at(0).keywords, QStringList{u"User"_s});
        QCOMPARE(rules.at(1).header, u"Host *"_s);
        QCOMPARE(rules.at(1).line, 4);
        QCOMPARE(rules.at(1).keywords, (QStringList{u"User"_s, u"port"_s}));
        QCOMPARE(rules.at(2).header, u"Match all"_s);
        QCOMPARE(rules.at(2).keywords, QStringList{u"HostName"_s});

        if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            return;
        // The warning is real: OpenSSH takes the first value it sees.
        QVERIFY(writer.update({running(u"acc-1"_s, u"i-1"_s, u"t"_s, u"203.0.113.7"_s, 31022)}, m_labels));
        QCOMPARE(sshResolve(writer, u"novita-main-t"_s).value(u"user"_s), u"topuser"_s);
    }

    void vsCodeCommandAndLink()
    {
        QTemporaryDir bin;
        QCOMPARE(SshConfigWriter::vsCodeCommand(u"fal-box"_s, u"/root"_s, {bin.path()}), QStringList());
        const QString code = bin.filePath(u"code"_s);
        QVERIFY(writeAll(code, "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(code, Mode700));
        QCOMPARE(SshConfigWriter::vsCodeCommand(u"fal-box"_s, u"/root"_s, {bin.path()}),
                 (QStringList{code, u"--remote"_s, u"ssh-remote+fal-box"_s, u"/root"_s}));
        QCOMPARE(SshConfigWriter::vsCodeCommand(u"fal-box"_s, QString(), {bin.path()}),
                 (QStringList{code, u"--remote"_s, u"ssh-remote+fal-box"_s}));
        QCOMPARE(SshConfigWriter::vsCodeCommand(u"--bad alias"_s, u"/root"_s, {bin.path()}), QStringList());

        QCOMPARE(SshConfigWriter::vsCodeLink(u"fal-box"_s), u"vscode://vscode-remote/ssh-remote+fal-box/"_s);
        QCOMPARE(SshConfigWriter::vsCodeLink(u"fal-box"_s, u"/home/ubuntu"_s),
                 u"vscode://vscode-remote/ssh-remote+fal-box/home/ubuntu"_s);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigWriter)
#include "tst_sshconfigwriter.moc"
