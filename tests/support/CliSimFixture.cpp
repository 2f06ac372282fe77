#include "support/CliSimFixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SettleMs = 30000;
}

QString CliSimFixture::setUp()
{
    if (!m_cli.isValid())
        return u"no temporary folder"_s;
    QStringList keyArguments;
    for (Provider provider : Providers::all()) {
        const QString id = Providers::id(provider);
        m_keys.insert(id, id + u"-e2e-"_s + QUuid::createUuid().toString(QUuid::Id128));
        keyArguments << u"--key"_s << id + u'=' + m_keys.value(id);
    }
    if (!m_sim.start(keyArguments + QStringList{u"--step-ms"_s, u"40"_s}))
        return m_sim.error();
    if (!m_slowSim.start(keyArguments + QStringList{u"--step-ms"_s, u"600000"_s}))
        return m_slowSim.error();

    for (Provider provider : Providers::all()) {
        const QString id = Providers::id(provider);
        CliHarness::Result added = m_cli.addAccount(id, id, m_sim.baseUrl(provider), m_keys.value(id));
        if (added.exitCode != 0)
            return added.describe();
        added = m_cli.addAccount(id, id + u"-slow"_s, m_slowSim.baseUrl(provider), m_keys.value(id));
        if (added.exitCode != 0)
            return added.describe();
    }

    const QString privateKey = m_cli.tempPath(u"id_ed25519"_s);
    QProcess keygen;
    keygen.start(
        u"ssh-keygen"_s,
        {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-C"_s, u"e2e@gpufleet"_s, u"-f"_s, privateKey});
    if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0)
        return u"ssh-keygen failed: "_s + QString::fromUtf8(keygen.readAllStandardError());
    m_sshKey = privateKey + u".pub"_s;
    return {};
}

void CliSimFixture::tearDown(const QStringList &extraLabels)
{
    QStringList labels = extraLabels;
    for (Provider provider : Providers::all())
        labels << Providers::id(provider) << Providers::id(provider) + u"-slow"_s;
    for (const QString &label : std::as_const(labels))
        m_cli.run({u"account"_s, u"remove"_s, label});
}

QJsonObject CliSimFixture::showJson(const QString &account, const QString &id, int *exitCode)
{
    const CliHarness::Result result = m_cli.run({u"show"_s, u"--account"_s, account, id, u"--json"_s});
    if (exitCode)
        *exitCode = result.exitCode;
    return result.json().toObject();
}

bool CliSimFixture::waitForStatus(const QString &account, const QString &id, const QString &status)
{
    const QDeadlineTimer deadline(SettleMs);
    while (!deadline.hasExpired()) {
        m_lastStatus = showJson(account, id).value(u"status"_s).toString();
        if (m_lastStatus == status)
            return true;
    }
    return false;
}

QString CliSimFixture::firstAvailableOffering(const QString &account)
{
    const CliHarness::Result result = m_cli.run({u"offerings"_s, u"--account"_s, account, u"--json"_s});
    for (const QJsonValue &offering : result.json().toArray()) {
        if (offering.toObject().value(u"available"_s).toBool())
            return offering.toObject().value(u"id"_s).toString();
    }
    return {};
}

QString CliSimFixture::create(const QString &account, const QStringList &options)
{
    const CliHarness::Result result =
        m_cli.run(QStringList{u"create"_s, u"--account"_s, account, u"--json"_s} + options);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.describe();
        return {};
    }
    return result.json()[u"id"_s].toString();
}
