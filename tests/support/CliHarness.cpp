#include "support/CliHarness.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int RunTimeoutMs = 60000;

// Column starts: position 0 and every non-space that follows two or more spaces.
QList<int> columnStarts(const QString &line)
{
    QList<int> starts;
    int spaces = 0;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == u' ') {
            ++spaces;
            continue;
        }
        if (i == 0 || spaces >= 2)
            starts.append(i);
        spaces = 0;
    }
    return starts;
}
} // namespace

QJsonValue CliHarness::Result::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QStringList CliHarness::Result::outLines() const
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QString CliHarness::Result::describe() const
{
    return u"gpufleet "_s + arguments.join(u' ') + u" -> exit "_s + QString::number(exitCode)
        + u"\nstdout: "_s + out.left(2000) + u"\nstderr: "_s + err.left(2000);
}

CliHarness::CliHarness()
{
    for (const QString &dir : {configHome(), dataHome(), cacheHome()})
        QDir().mkpath(dir);
}

QString CliHarness::binaryPath(const QString &name)
{
    QString dir = qEnvironmentVariable("GPUFLEET_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + u"/../src"_s;
    return QDir(dir).absoluteFilePath(name);
}

QString CliHarness::keyringProblem()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return u"DBUS_SESSION_BUS_ADDRESS is not set, so there is no keyring. Run: dbus-run-session -- sh "
               "tests/with-keyring.sh sh -c 'cd <build> && ctest -R cli'"_s;
    const QString throwAwayHome = qEnvironmentVariable("GPUFLEET_TEST_KEYRING_HOME");
    if (throwAwayHome.isEmpty() || throwAwayHome != qEnvironmentVariable("HOME"))
        return u"Not running inside tests/with-keyring.sh; refusing to write to your own keyring. Run: "
               "dbus-run-session -- sh tests/with-keyring.sh sh -c 'cd <build> && ctest -R cli'"_s;
    return {};
}

QString CliHarness::configHome() const
{
    return m_root.filePath(u"config"_s);
}

QString CliHarness::dataHome() const
{
    return m_root.filePath(u"data"_s);
}

QString CliHarness::cacheHome() const
{
    return m_root.filePath(u"cache"_s);
}

QString CliHarness::settingsFile() const
{
    return configHome() + u"/gpufleet/gpufleet.conf"_s;
}

CliHarness::Result CliHarness::run(const QStringList &arguments, const QByteArray &input,
                                   const QHash<QString, QString> &environment)
{
    Result result;
    result.arguments = arguments;
    // HOME, XDG_RUNTIME_DIR and the D-Bus address stay as with-keyring.sh set them: the keyring
    // daemon lives there. Only the folders gpufleet itself writes to are private to this harness.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome());
    env.insert(u"XDG_DATA_HOME"_s, dataHome());
    env.insert(u"XDG_CACHE_HOME"_s, cacheHome());
    env.remove(u"QT_LOGGING_RULES"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binaryPath(u"gpufleet"_s), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = u"cannot start "_s + binaryPath(u"gpufleet"_s) + u": "_s + process.errorString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Not waitForFinished(): that would block the event loop of servers living in this process.
    const bool finished =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, RunTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    m_transcript += result.out + result.err;
    return result;
}

CliHarness::Result CliHarness::addAccount(const QString &provider, const QString &label,
                                          const QString &endpoint, const QString &apiKey,
                                          const QStringList &extra)
{
    QStringList arguments = {u"account"_s, u"add"_s, u"--provider"_s, provider, u"--label"_s, label};
    if (!endpoint.isEmpty())
        arguments << u"--endpoint"_s << endpoint;
    return run(arguments + extra, apiKey.toUtf8() + '\n');
}

QStringList CliHarness::leaksOf(const QString &secret) const
{
    QStringList hits;
    if (secret.isEmpty())
        return hits;
    if (m_transcript.contains(secret))
        hits << u"the output of a gpufleet run"_s;
    const QByteArray utf8 = secret.toUtf8();
    const QList<QByteArray> needles = {utf8, utf8.toBase64(),
                                       QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                  secret.size() * qsizetype(sizeof(char16_t)))};
    QStringList roots = {configHome(), dataHome(), cacheHome()};
    // The throw-away HOME of with-keyring.sh too: the keyring file there must hold the key only
    // encrypted, and nothing may have ignored XDG_CONFIG_HOME and written to ~/.config.
    if (keyringProblem().isEmpty())
        roots << qEnvironmentVariable("HOME");
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (it.fileInfo().isSymLink() || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            for (const QByteArray &needle : needles) {
                if (contents.contains(needle)) {
                    hits << file.fileName();
                    break;
                }
            }
        }
    }
    return hits;
}

QString CliHarness::instanceJsonProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return u"not an object"_s;
    const QJsonObject object = value.toObject();
    static const QStringList strings = {
        u"account"_s,       u"provider"_s, u"id"_s,     u"name"_s,     u"status"_s,    u"providerStatus"_s,
        u"statusMessage"_s, u"gpuModel"_s, u"region"_s, u"publicIp"_s, u"sshCommand"_s};
    static const QStringList statuses = {u"provisioning"_s, u"starting"_s, u"running"_s,
                                         u"stopping"_s,     u"stopped"_s,  u"deleting"_s,
                                         u"deleted"_s,      u"error"_s,    u"unknown"_s};
    QStringList expected = strings + QStringList{u"gpuCount"_s, u"pricePerHour"_s};
    QStringList keys = object.keys();
    expected.sort();
    keys.sort();
    if (keys != expected)
        return u"keys "_s + keys.join(u',') + u" instead of "_s + expected.join(u',');
    for (const QString &key : strings) {
        if (!object.value(key).isString())
            return key + u" is not a string"_s;
    }
    if (!object.value(u"gpuCount"_s).isDouble() || object.value(u"gpuCount"_s).toDouble() < 0)
        return u"gpuCount is not a count"_s;
    const QJsonValue price = object.value(u"pricePerHour"_s);
    if (!price.isDouble() && !price.isNull())
        return u"pricePerHour is neither a number nor null"_s;
    if (!statuses.contains(object.value(u"status"_s).toString()))
        return u"unknown unified status "_s + object.value(u"status"_s).toString();
    if (object.value(u"id"_s).toString().isEmpty() || object.value(u"account"_s).toString().isEmpty())
        return u"empty id or account"_s;
    return {};
}

QString CliHarness::misalignment(const QString &table)
{
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return u"(no table)"_s;
    const QList<int> header = columnStarts(lines.first());
    for (const QString &line : lines) {
        if (columnStarts(line) != header)
            return line;
    }
    return {};
}
