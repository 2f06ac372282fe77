#include "app/SshConfigSync.h"

#include "core/Logging.h"
#include "fleet/FleetMonitor.h"
#include "providers/ProviderClient.h"
#include "widgets/GeneralSettings.h"

#include <QSettings>

SshConfigSync::SshConfigSync(FleetMonitor &fleet, QSettings &settings, const QString &homeDir,
                             QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_settings(settings)
    , m_writer(homeDir)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SshConfigSync::syncNow);
    connect(&fleet, &FleetMonitor::accountInstancesChanged, this, &SshConfigSync::schedule);
    // A renamed account comes back as a new client: its aliases change with its label.
    connect(&fleet, &FleetMonitor::accountAdded, this, &SshConfigSync::schedule);
    connect(&fleet, &FleetMonitor::accountRemoved, this, &SshConfigSync::schedule);
    reloadSettings();
}

bool SshConfigSync::isEnabled() const
{
    return m_settings.value(QString::fromLatin1(GeneralSettings::ManageSshConfigKey), false).toBool();
}

QHash<QString, QString> SshConfigSync::accountLabels() const
{
    QHash<QString, QString> labels;
    for (const QString &accountId : m_fleet.accountIds()) {
        if (const ProviderClient *client = m_fleet.client(accountId))
            labels.insert(accountId, client->account().label);
    }
    return labels;
}

QList<SshConfigWriter::HostEntry> SshConfigSync::entries() const
{
    return SshConfigWriter::entriesFor(m_fleet.allInstances(), accountLabels());
}

std::optional<SshConfigWriter::HostEntry> SshConfigSync::entryFor(const QString &instanceKey) const
{
    // The alias depends on the whole fleet (clashing names), so it is looked up, never derived.
    for (const SshConfigWriter::HostEntry &entry : entries()) {
        if (entry.instanceKey == instanceKey)
            return entry;
    }
    return std::nullopt;
}

void SshConfigSync::schedule()
{
    if (isEnabled() && !m_timer.isActive())
        m_timer.start();
}

void SshConfigSync::reloadSettings()
{
    if (isEnabled())
        schedule();
    else
        m_timer.stop();
}

bool SshConfigSync::syncNow()
{
    m_timer.stop();
    if (!isEnabled())
        return true;
    if (!m_writer.update(m_fleet.allInstances(), accountLabels())) {
        m_error = m_writer.errorString();
        if (m_error != m_reported) {
            qCWarning(lcUi) << "could not update the SSH config:" << m_error;
            m_reported = m_error;
            emit failed(m_error);
        }
        return false;
    }
    m_error.clear();
    m_reported.clear();
    emit synced();
    return true;
}

bool SshConfigSync::enable()
{
    m_error.clear();
    if (!m_writer.ensureInclude()) {
        m_error = m_writer.errorString();
        return false;
    }
    m_settings.setValue(QString::fromLatin1(GeneralSettings::ManageSshConfigKey), true);
    return syncNow();
}
