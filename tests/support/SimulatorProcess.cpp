#include "support/SimulatorProcess.h"

#include "support/CliHarness.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimulatorProcess::start(const QStringList &arguments)
{
    const QString program = CliHarness::binaryPath(u"gpufleet-sim"_s);
    m_process.start(program, QStringList{u"--port"_s, u"0"_s} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start "_s + program + u": "_s + m_process.errorString();
        return false;
    }
    QByteArray output;
    const auto readUrls = [this, &output] {
        output += m_process.readAllStandardOutput();
        return output.count('\n') >= int(Providers::all().size())
            || m_process.state() == QProcess::NotRunning;
    };
    if (!QTest::qWaitFor(readUrls, 10000) || m_process.state() == QProcess::NotRunning) {
        m_error = u"gpufleet-sim printed no base URLs: "_s + QString::fromUtf8(output) + log();
        return false;
    }
    // One "<provider id> <base URL>" line per provider.
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            m_urls.insert(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
    }
    for (Provider provider : Providers::all()) {
        if (!QUrl(baseUrl(provider)).isValid() || baseUrl(provider).isEmpty()) {
            m_error =
                u"no base URL for "_s + Providers::id(provider) + u" in: "_s + QString::fromUtf8(output);
            return false;
        }
    }
    return true;
}

QString SimulatorProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}
