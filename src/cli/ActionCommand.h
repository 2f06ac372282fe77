#pragma once

#include <QObject>
#include <QStringList>

class CliContext;

// `gpufleet start|stop|restart|delete`: one call, never retried. An action the provider does not
// offer is refused before anything is sent; delete needs --yes.
class ActionCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionCommand)

public:
    explicit ActionCommand(CliContext &context, QObject *parent = nullptr);
    void run(const QString &action, const QStringList &arguments);

private:
    CliContext &m_context;
};
