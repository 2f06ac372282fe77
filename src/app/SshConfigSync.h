#pragma once

#include "fleet/SshConfigWriter.h"

#include <QObject>
#include <QTimer>

#include <optional>

class FleetMonitor;
class QSettings;

// Keeps ~/.ssh/gpufleet/config in step with the fleet while the user lets GPU Fleet manage it
// (GeneralSettings::ManageSshConfigKey): every change of an account's instances schedules one
// rewrite a moment later, so a burst of refreshes costs one write. Writes nothing while the
// setting is off. The Include line in ~/.ssh/config is added only by enable() (the user asked).
class SshConfigSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshConfigSync)

public:
    static constexpr int DelayMs = 500;

    // `homeDir`: SshConfigWriter's; empty = the user's home. Neither reference is owned.
    SshConfigSync(FleetMonitor &fleet, QSettings &settings, const QString &homeDir = {},
                  QObject *parent = nullptr);
    ~SshConfigSync() override = default;

    [[nodiscard]] bool isEnabled() const;
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    [[nodiscard]] const SshConfigWriter &writer() const { return m_writer; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The entries the managed file gets for the fleet as it is now, whether or not it is on.
    [[nodiscard]] QList<SshConfigWriter::HostEntry> entries() const;
    [[nodiscard]] std::optional<SshConfigWriter::HostEntry> entryFor(const QString &instanceKey) const;

    // Re-reads the setting (Settings changed it): syncs soon when on, stops a pending sync when off.
    void reloadSettings();
    // Writes the entries now when on; true when off (nothing to do). False with errorString().
    bool syncNow();
    // The user agreed: adds the Include line, turns the setting on and writes the entries.
    bool enable();

signals:
    void synced();
    // Once per distinct failure: a broken ~/.ssh is not reported again on every refresh.
    void failed(const QString &message);

private:
    void schedule();
    [[nodiscard]] QHash<QString, QString> accountLabels() const;

    FleetMonitor &m_fleet;
    QSettings &m_settings;
    SshConfigWriter m_writer;
    QTimer m_timer;
    QString m_error;
    QString m_reported; // the failure last sent out; cleared by a successful write
};
