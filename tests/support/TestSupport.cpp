#include "support/TestSupport.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

QByteArray TestSupport::fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(GPUFLEET_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QHash<QString, QString> TestSupport::sshResolve(const QString &home, const QString &configPath,
                                                const QString &alias)
{
    QProcess ssh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    ssh.setProcessEnvironment(env);
    ssh.start(u"ssh"_s, {u"-G"_s, u"-F"_s, configPath, alias});
    if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0) {
        qWarning() << "ssh -G failed:" << ssh.readAllStandardError();
        return {};
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : ssh.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const qsizetype space = text.indexOf(u' ');
        if (space > 0 && !values.contains(text.left(space)))
            values.insert(text.left(space), text.mid(space + 1));
    }
    return values;
}
