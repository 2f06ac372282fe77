#pragma once

#include <QObject>
#include <QStringList>

class CliContext;

// `gpufleet list|show|ssh|offerings`: the read commands. `list` asks every selected account in
// parallel; one failing account never hides the others (its error goes to "errors" and stderr,
// and the exit code is 1).
class InstanceCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceCommand)

public:
    explicit InstanceCommand(CliContext &context, QObject *parent = nullptr);
    void run(const QString &command, const QStringList &arguments);

private:
    void list(const QStringList &arguments);
    void show(const QStringList &arguments, bool sshOnly);
    void offerings(const QStringList &arguments);

    CliContext &m_context;
};
