#pragma once

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

// Shared by the SshKeyInspector tests (tst_sshkeyinspector_*.cpp): SSH wire-format helpers and
// keys generated with the real ssh-keygen into a temporary directory.
namespace SshKeyInspectorTesting {

using namespace Qt::Literals::StringLiterals;

inline QByteArray sshString(const QByteArray &value)
{
    const auto n = quint32(value.size());
    QByteArray out;
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + value;
}

// Splits an SSH wire-format blob into its length-prefixed strings.
inline QList<QByteArray> sshStrings(const QByteArray &blob)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos + 4 <= blob.size()) {
        const auto *p = reinterpret_cast<const uchar *>(blob.constData() + pos);
        const qsizetype n = (qsizetype(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        out.append(blob.mid(pos + 4, n));
        pos += 4 + n;
    }
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Base of the SshKeyInspector tests. generate() runs ssh-keygen -q -N "" -t type [-b bits]
// -C comment -f <dir>/name and returns the private path.
class SshKeyInspectorFixture : public QObject
{
protected:
    QString generate(const QString &type, int bits, const QString &comment, const QString &name)
    {
        const QString path = m_dir.filePath(name.isEmpty() ? u"key%1"_s.arg(++m_counter) : name);
        QStringList args{u"-q"_s, u"-N"_s, QString(), u"-t"_s, type, u"-C"_s, comment, u"-f"_s, path};
        if (bits > 0)
            args << u"-b"_s << QString::number(bits);
        QProcess process;
        process.start(m_sshKeygen, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << "ssh-keygen failed:" << process.readAllStandardError();
            return {};
        }
        return path;
    }

    QString keygenFingerprint(const QString &publicPath)
    {
        QProcess process;
        process.start(m_sshKeygen, {u"-lf"_s, publicPath});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        QByteArray out = process.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return QString::fromUtf8(out);
    }

    QByteArray ed25519Blob()
    {
        const QString path = generate(u"ed25519"_s, 0, u"blob"_s, {});
        return QByteArray::fromBase64(readAll(path + u".pub"_s).split(' ').value(1));
    }

    void setUpFixture()
    {
        m_sshKeygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
        if (m_sshKeygen.isEmpty())
            QSKIP("ssh-keygen (openssh-client) is not installed");
        QVERIFY(m_dir.isValid());
    }

    QString m_sshKeygen;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

} // namespace SshKeyInspectorTesting
